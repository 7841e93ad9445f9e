// esbuild bundles imported stylesheets into dist/webview/<entry>.css; TypeScript only needs to know they exist.
declare module '*.css';
