/**
 * The HTML parser and bridge, in a module of their own so that a Markdown run
 * never loads them (rehype-parse brings parse5: about 14 ms of a cold start).
 */
export {default as rehypeParse} from 'rehype-parse'
export {default as rehypeRetext} from 'rehype-retext'
