import { decodeBase64 } from './base64.ts';
import type { Body } from './types.ts';
import { decodeUtf8 } from './utf8.ts';

/** Bodies are evidence, not content: the first 64 KiB hold every error message we read. */
export const MAX_BODY_CHARS = 64 * 1024;
/** Larger JSON documents are not parsed (error bodies are small). */
const MAX_JSON_CHARS = 1024 * 1024;
/** Deeper JSON stays text: a value nested this deep overflows JSON.stringify and structured clone (ports, storage). */
const MAX_JSON_DEPTH = 64;

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

function nestingWithin(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92) i += 1;
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 || code === 91) {
      depth += 1;
      if (depth > limit) return false;
    } else if (code === 125 || code === 93) depth -= 1;
  }
  return true;
}

function textualBody(text: string, mimeType: string): Body {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty', text: '' };
  const bounded = text.length > MAX_BODY_CHARS ? text.slice(0, MAX_BODY_CHARS) : text;
  if (
    looksLikeJson(trimmed, mimeType) &&
    trimmed.length <= MAX_JSON_CHARS &&
    nestingWithin(trimmed, MAX_JSON_DEPTH)
  ) {
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
  // HAR files come from strangers: a field of the wrong type reads as absent.
  const mimeType = (typeof content?.mimeType === 'string' ? content.mimeType : '').toLowerCase();
  const text = typeof content?.text === 'string' ? content.text : undefined;
  if (text === undefined) {
    return content?.size === 0 ? { kind: 'empty', text: '' } : { kind: 'absent' };
  }
  if (typeof content?.encoding === 'string' && content.encoding.toLowerCase() === 'base64') {
    const bytes = decodeBase64(text.length > MAX_BODY_CHARS * 2 ? text.slice(0, MAX_BODY_CHARS * 2) : text);
    if (!bytes) return { kind: 'binary' };
    if (bytes.length === 0) return { kind: 'empty', text: '' };
    const decoded = decodeUtf8(bytes);
    return decoded.looksTextual ? textualBody(decoded.text, mimeType) : { kind: 'binary' };
  }
  return textualBody(text, mimeType);
}
