/**
 * wirelint as a library.
 *
 * ```js
 * import {createChecker} from 'wirelint'
 * const checker = createChecker({rules: {'terminal-punctuation': 'off'}})
 * const file = await checker.check('The vote . Then', {path: 'story.txt'})
 * console.log(file.messages)
 * ```
 *
 * Each rule is also a retext plugin of its own:
 * `unified().use(retextEnglish).use(mergedWords, {severity: 'warning'})`.
 *
 * The HTTP service is a subpath of its own (`wirelint/serve`): importing the
 * library loads no HTTP stack.
 */
export {createChecker, type Checker, type CheckOptions} from './checker.js'
export {resolveConfig, loadConfigFile, ConfigError, type UserConfig, type ResolvedConfig, type Level} from './config.js'
export {formatOf, getProcessor, type Format} from './processor.js'
export {RULES, RULE_IDS, ruleById} from './rules.js'
export {toJson, type JsonFile, type JsonMessage} from './report.js'
export {default as wirelintEnglish} from './parse.js'
export {applyFixes, fixText} from './fix.js'
export {default as retextSyntaxHashtags} from './syntax-hashtags.js'
export {default as acronym} from '../../plugins/acronym.js'
export {default as article} from '../../plugins/article.js'
export {default as calque} from '../../plugins/calque.js'
export {default as capitalization} from '../../plugins/capitalization.js'
export {default as encoding} from '../../plugins/encoding.js'
export {default as falseFriend} from '../../plugins/false-friend.js'
export {default as hashtags} from '../../plugins/hashtags.js'
export {default as houseStyle} from '../../plugins/house-style.js'
export {default as nameVariants} from '../../plugins/name-variants.js'
export {default as markup} from '../../plugins/markup.js'
export {default as mergedWords} from '../../plugins/merged-words.js'
export {default as numberFormat} from '../../plugins/number-format.js'
export {default as pronounGender} from '../../plugins/pronoun-gender.js'
export {default as punctuationSpacing} from '../../plugins/punctuation-spacing.js'
export {default as quotes} from '../../plugins/quotes.js'
export {default as repeatedWords} from '../../plugins/repeated-words.js'
export {default as spelling} from '../../plugins/spelling.js'
export {default as strayFragment} from '../../plugins/stray-fragment.js'
export {default as terminalPunctuation} from '../../plugins/terminal-punctuation.js'
export {default as untranslated} from '../../plugins/untranslated.js'
export type {RuleMeta, RuleOptions, Severity, WirelintMessage, Fix} from '../../plugins/support/rule.js'
