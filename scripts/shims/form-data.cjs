// Stand-in for the form-data package in our bundles (see scripts/build.mjs): Node's own FormData.
module.exports = globalThis.FormData;
