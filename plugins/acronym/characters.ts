/**
 * acronym, characters: case by the case mappings (the rule's notion of an
 * upper-case letter; see `hasCase` in the text toolkit), ASCII digits, and
 * the spaces between the words of a name (INLINE_SPACE_NARROW).
 */
import {hasCase, isAsciiDigit, isInlineSpaceNarrowCode, isUpperByCase} from '../support/text.js'

export const isUpper = isUpperByCase
export const isLetter = hasCase
export const isDigit = isAsciiDigit
export const isSpace = (c: string | undefined): boolean => c !== undefined && c.length === 1 && isInlineSpaceNarrowCode(c.charCodeAt(0))
export const isWordChar = (c: string): boolean => isLetter(c) || c === '’' || c === "'" || c === '-' || c === '&'
