// What zipping a folder always leaves out: dependency, build and VCS folders, and files that usually
// hold credentials (a zipped folder must not carry a key by accident). vscode-free.

/** Folder names skipped wherever they appear. */
export const EXCLUDED_FOLDERS: ReadonlySet<string> = new Set([
  'node_modules',
  'bower_components',
  'jspm_packages',
  '.git',
  '.hg',
  '.svn',
  'dist',
  'out',
  'build',
  'target',
  'coverage',
  '.next',
  '.nuxt',
  '.turbo',
  '.parcel-cache',
  '.cache',
  '__pycache__',
  '.venv',
  'venv',
  '.tox',
  '.mypy_cache',
  '.pytest_cache',
  '.gradle',
  '.terraform',
  '.vscode-test',
]);

const SECRET_FILE_NAMES: ReadonlySet<string> = new Set(['.netrc', '_netrc', '.npmrc', '.pypirc', '.git-credentials', '.pgpass', 'credentials', 'id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519']);
const SECRET_EXTENSIONS = /\.(pem|key|p12|pfx|jks|keystore|ppk)$/i;
/** `.env`, `.env.local`, … but not the checked-in examples. */
const ENV_FILE = /^\.env(\..+)?$/i;
const ENV_EXAMPLE = /\.(example|sample|template|dist)$/i;

/** True for a file name that usually holds credentials or private keys. */
export function looksLikeSecretFile(name: string): boolean {
  const lower = name.toLowerCase();
  if (SECRET_FILE_NAMES.has(lower) || SECRET_EXTENSIONS.test(lower)) return true;
  return ENV_FILE.test(lower) && !ENV_EXAMPLE.test(lower);
}
