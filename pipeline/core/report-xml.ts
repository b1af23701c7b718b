/**
 * What the XML reports (checkstyle, JUnit) share: the builder (fast-xml-parser's,
 * which escapes text and attributes) and text made safe for XML 1.0, which
 * cannot carry most control characters even as references.
 */
import {XMLBuilder} from 'fast-xml-parser'

/** Characters XML 1.0 forbids (controls other than tab, LF, CR; lone surrogates; U+FFFE/U+FFFF) become U+FFFD. */
export function xmlText(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
}

/** An attribute value: XML-safe, on one line (a parser turns a line break in an attribute into a space anyway). */
export function xmlAttribute(s: string): string {
  return xmlText(s).replace(/[\t\n\r]+/g, ' ')
}

export function buildXml(root: Record<string, unknown>): string {
  const builder = new XMLBuilder({ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true})
  return builder.build({'?xml': {'@_version': '1.0', '@_encoding': 'UTF-8'}, ...root}) as string
}
