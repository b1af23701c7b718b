import {defineConfig} from 'vitest/config'

// Tests assert behaviour, not the machine's speed: on a loaded 2-core machine a
// subprocess or a large input can take several seconds, so the per-test budget
// is generous.  Speed is measured by `npm run bench`.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
