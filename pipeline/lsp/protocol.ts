/**
 * The language-server libraries, in one module of their own: the CLI bundle
 * (pipeline/bundle.ts) builds this file into a separate chunk,
 * `dist/bin/lsp-protocol.cjs`, loaded only by `wirelint lsp`, so an ordinary
 * check never reads or parses vscode-languageserver.
 */
import server from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'

export const {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  DiagnosticSeverity,
  CodeActionKind,
  FileChangeType,
  DidChangeWatchedFilesNotification,
  MarkupKind,
  ResponseError,
  ErrorCodes
} = server
export {TextDocument}
