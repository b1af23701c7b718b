/**
 * Heap settings for threads that check many stories (the batch pool, the
 * service's workers) and for the daemon.
 *
 * A check builds a syntax tree of small nodes that V8 soon places straight in
 * the old generation (allocation-site pretenuring: trees outlive a young
 * collection), while the token strings they point to are new.  With node's
 * default young generation (16 MB semi-spaces at most, and it starts small),
 * every young collection copies the strings of trees already dead, and a
 * long run spends a quarter of its time there.  A larger young generation
 * lets those strings die young: on 300 news articles in a worker thread
 * (/tmp measurement, load 4–6, two rounds) 5.82 and 5.46 ms CPU per article
 * with the default, 4.60 and 3.85 ms with 96 MB; `node
 * --max-semi-space-size=32` gives the same on the main thread (7.3 → 5.2 ms).
 * The space is taken only as the run needs it.
 */
export const CHECKER_YOUNG_GENERATION_MB = 96

/** `resourceLimits` for a worker thread that checks. */
export const CHECKER_RESOURCE_LIMITS = {maxYoungGenerationSizeMb: CHECKER_YOUNG_GENERATION_MB}

/** The same for a node process started by wirelint (the daemon): V8's semi-space is a third of the young generation. */
export const CHECKER_NODE_FLAGS = [`--max-semi-space-size=${CHECKER_YOUNG_GENERATION_MB / 3}`]
