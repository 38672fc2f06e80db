import { describe, expect, it } from 'vitest';
import { isSitePattern, normaliseSitePattern, siteAllowed, siteMatches, sitePatternProblem } from '@/src/settings/site-patterns';

describe('site patterns', () => {
  it('accepts host names, *.host patterns and IPv4 addresses', () => {
    for (const ok of ['example.org', 'news.example.org', '*.example.org', 'localhost', '127.0.0.1', 'xn--mgbh0fb.xn--kgbechtv', 'a-b.c'])
      expect(sitePatternProblem(ok), ok).toBeUndefined();
  });

  it('says what is wrong with anything else', () => {
    expect(sitePatternProblem('')).toBe('is empty');
    expect(sitePatternProblem('news example.org')).toMatch(/space/);
    expect(sitePatternProblem('example.org/world')).toMatch(/path/);
    expect(sitePatternProblem('example.org:8080')).toMatch(/port/);
    expect(sitePatternProblem('ex*ample.org')).toMatch(/leading "\*\."/);
    expect(sitePatternProblem('*.*.example.org')).toMatch(/more than one/);
    expect(sitePatternProblem('exa_mple.org')).toMatch(/letters, digits/);
    expect(sitePatternProblem('-bad.org')).toMatch(/letters, digits/);
    expect(sitePatternProblem('a'.repeat(254))).toMatch(/253/);
  });

  it('accepts exactly what it gives no message for', () => {
    for (const p of [
      'example.org',
      '*.example.org',
      '127.0.0.1',
      '',
      'a b',
      'a/b',
      'a:1',
      'a*.b',
      '*.*.b',
      'x_y',
      '-a.b',
      'a'.repeat(254),
      '*.',
      '*',
    ]) {
      expect(isSitePattern(p), p).toBe(sitePatternProblem(p) === undefined);
    }
  });

  it('makes a pasted address its host, in lower case', () => {
    expect(normaliseSitePattern(' https://News.Example.org/live/1?x=2 ')).toBe('news.example.org');
    expect(normaliseSitePattern('*.Example.ORG.')).toBe('*.example.org');
  });

  it('matches a host exactly, and *.host as the host and everything under it', () => {
    expect(siteMatches('example.org', 'example.org')).toBe(true);
    expect(siteMatches('example.org', 'news.example.org')).toBe(false);
    expect(siteMatches('*.example.org', 'example.org')).toBe(true);
    expect(siteMatches('*.example.org', 'a.b.example.org')).toBe(true);
    expect(siteMatches('*.example.org', 'badexample.org')).toBe(false);
  });

  it('pauses win over "only on these sites"', () => {
    const rules = { siteMode: 'only' as const, onlySites: ['*.example.org'], pausedSites: ['live.example.org'] };
    expect(siteAllowed(rules, 'news.example.org')).toBe(true);
    expect(siteAllowed(rules, 'live.example.org')).toBe(false);
    expect(siteAllowed({ ...rules, siteMode: 'all' }, 'other.net')).toBe(true);
  });
});
