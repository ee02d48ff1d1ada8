import { decodeBase64 } from './base64.ts';
import type { Body } from './types.ts';
import { decodeUtf8 } from './utf8.ts';

/** Bodies are evidence, not content: the first 64 KiB hold every error message we read. */
export const MAX_BODY_CHARS = 64 * 1024;
/** Larger JSON documents are not parsed (error bodies are small). */
const MAX_JSON_CHARS = 1024 * 1024;

export interface RawContent {
  text?: string;
  encoding?: string;
  mimeType?: string;
  /** Declared size in bytes (HAR `content.size`), used to tell an empty body from a missing one. */
  size?: number;
}

function looksLikeJson(text: string, mimeType: string): boolean {
  return mimeType.includes('json') || /^[[{]/.test(text);
}

function looksLikeXml(text: string, mimeType: string): boolean {
  return mimeType.includes('xml') || /^<\?xml/i.test(text) || /^<([A-Za-z][\w-]*)>[\s\S]*<\/\1>$/.test(text);
}

function looksLikeHtml(text: string, mimeType: string): boolean {
  return mimeType.includes('html') || /^<!doctype html|^<html|<body[\s>]|<h1[\s>]/i.test(text);
}

function textualBody(text: string, mimeType: string): Body {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty', text: '' };
  const bounded = text.length > MAX_BODY_CHARS ? text.slice(0, MAX_BODY_CHARS) : text;
  if (looksLikeJson(trimmed, mimeType) && trimmed.length <= MAX_JSON_CHARS) {
    try {
      return { kind: 'json', text: bounded, json: JSON.parse(trimmed) };
    } catch {
      // Not JSON after all (e.g. "{oops"): fall through to the text kinds.
    }
  }
  if (looksLikeHtml(trimmed, mimeType) && !mimeType.includes('xml')) return { kind: 'html', text: bounded };
  if (looksLikeXml(trimmed, mimeType)) return { kind: 'xml', text: bounded };
  return { kind: 'text', text: bounded };
}

/** Decodes a HAR `content`/`postData` object into a Body; never throws. */
export function decodeBody(content: RawContent | undefined): Body {
  const mimeType = (content?.mimeType ?? '').toLowerCase();
  const text = content?.text;
  if (text === undefined || text === null) {
    return content?.size === 0 ? { kind: 'empty', text: '' } : { kind: 'absent' };
  }
  if (content?.encoding?.toLowerCase() === 'base64') {
    const bytes = decodeBase64(text.length > MAX_BODY_CHARS * 2 ? text.slice(0, MAX_BODY_CHARS * 2) : text);
    if (!bytes) return { kind: 'binary' };
    if (bytes.length === 0) return { kind: 'empty', text: '' };
    const decoded = decodeUtf8(bytes);
    return decoded.looksTextual ? textualBody(decoded.text, mimeType) : { kind: 'binary' };
  }
  return textualBody(text, mimeType);
}
