import { describe, expect, it } from 'vitest';
import { oneDecimal, percentOf } from './percent.ts';

describe('percentages', () => {
  it('gives part of whole in per cent with one decimal, and null when there is nothing to divide by', () => {
    expect([percentOf(41, 43), percentOf(43, 43), percentOf(1, 3), percentOf(0, 5)]).toEqual([95.3, 100, 33.3, 0]);
    expect(percentOf(1, 0)).toBeNull();
  });

  it('rounds a percentage to one decimal', () => {
    expect([oneDecimal(66.666), oneDecimal(12.04), oneDecimal(null)]).toEqual([66.7, 12, null]);
  });
});
