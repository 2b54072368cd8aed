/**
 * A web project keeps copies of the libraries its pages load where it serves its static files from (ASP.NET's
 * `wwwroot/lib/jquery-validation/`, a Blazor template's `wwwroot/css/open-iconic/`) or where Bower installs them
 * (`bower_components/`): the READMEs and licences there are those libraries' documents, never the course's lessons.
 */

// The folders these tools name: what lies in them is served or installed as is, not written for the plan.
const LIBRARY_FOLDER = /^(?:wwwroot|bower_components)$/i;

/** Whether a plan path lies in a folder of the libraries a web project bundles. */
export const isBundledLibraryFile = (path: string) => path.split('/').slice(0, -1).some((name) => LIBRARY_FOLDER.test(name));
