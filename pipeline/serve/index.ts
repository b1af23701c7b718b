/**
 * The HTTP service as a library: `import {startServer} from 'wirelint/serve'`.
 * A subpath of its own, so that `import 'wirelint'` loads no HTTP stack.
 */
export {startServer, DEFAULT_HOST, DEFAULT_PORT, type ServeOptions, type RunningServer} from './serve.js'
