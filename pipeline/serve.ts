/**
 * `wirelint serve`: the pre-publication HTTP service.  (Stub: being built.)
 */
export async function serveMain(_argv: string[]): Promise<number> {
  process.stderr.write('wirelint serve: not implemented yet\n')
  return 2
}
