/**
 * Digits of other scripts: Persian and Arabic plans number their weeks "۱", "٢", Hindi ones "१". The importer's
 * rules read numbers from text folded to ASCII digits, and what it writes keeps the author's own.
 */

// Every script's decimal digits are a run of ten code points from zero to nine (Unicode guarantees it for `Nd`).
const zeroOf = (code: number) => {
	let zero = code;
	while (zero > 0 && /\p{Nd}/u.test(String.fromCharCode(zero - 1)) && (code - zero + 1) % 10 !== 0) zero--;
	return zero;
};

/**
 * `text` with every digit of the Basic Multilingual Plane (where the scripts plans are written in keep theirs) as its
 * ASCII digit: the same length, so positions found in it hold in `text`.
 */
export function foldDigits(text: string): string {
	return text.replace(/[^\x00-\x7f]/g, (char) => {
		if (!/\p{Nd}/u.test(char)) return char;
		const code = char.charCodeAt(0);
		return String(code - zeroOf(code));
	});
}

/** `value` written in the digits that `sample` is written in: (12, "۰۳") → "۱۲"; ASCII when `sample` is. */
export function inDigitsOf(value: number, sample: string): string {
	const code = sample.charCodeAt(0);
	if (code < 0x80 || !/\p{Nd}/u.test(sample.charAt(0))) return String(value);
	const zero = zeroOf(code);
	return String(value).replace(/\d/g, (digit) => String.fromCharCode(zero + Number(digit)));
}
