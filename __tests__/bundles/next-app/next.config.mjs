// The Next.js app of `npm run test:next`: route handlers only, built for a container
// (`output: 'standalone'`). No serverExternalPackages: the SDK is traced and bundled as it is.
const root = import.meta.dirname;

export default { output: 'standalone', outputFileTracingRoot: root, turbopack: { root } };
