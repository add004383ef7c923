import { snippet } from '../../api/src/search/snippet';

describe('search snippets', () => {
  const notes = 'Mehdi Bouzid présente le projet de coopérative alimentaire; besoin d’un business plan.';

  it('shows the words around the whole term, whatever the accents and case', () => {
    expect(snippet(notes, 'COOPERATIVE', 10)).toBe('…projet de coopérative alimentai…');
  });

  it('falls back to the longest word when the words are apart or in another order', () => {
    expect(snippet(notes, 'plan aliment', 8)).toBe('…érative alimentaire; be…');
  });

  it('says nothing when no word occurs', () => {
    expect(snippet(notes, 'kringloop')).toBeUndefined();
    expect(snippet(null, 'plan')).toBeUndefined();
  });

  it('examines a bounded window: 50 notes of 50,000 characters take well under the second they once held the event loop', () => {
    const note = `${'Économie sociale et coopérative à Bruxelles. '.repeat(1200)} needle`;
    const started = performance.now();
    for (let i = 0; i < 50; i++) snippet(note, 'needle');
    // Unbounded, the same loop took about 3 s on this machine; the bound is generous for a busy CI.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(snippet(note, 'coopérative')).toMatch(/coopérative/);
    expect(snippet(note, 'needle')).toBeUndefined(); // past the examined window
  });
});
