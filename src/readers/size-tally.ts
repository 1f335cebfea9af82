// Font sizes tallied by the characters set in them: a document's body size, a line's or a block's size.

export class SizeTally {
  private readonly sizes: number[] = [];
  private readonly chars: number[] = [];

  add(size: number, chars: number): void {
    // a few sizes at most: two short lists beat a Map (slow to make and to iterate for so few)
    const i = this.sizes.indexOf(size);
    if (i >= 0) this.chars[i] += chars;
    else {
      this.sizes.push(size);
      this.chars.push(chars);
    }
  }

  /**
   * The size set in most characters (null when no size has any). On a tie: the smaller for a document's
   * body (its running text is rarely the larger), the larger within a line or block (a heading's words).
   */
  most(tie: 'smaller' | 'larger'): number | null {
    let size: number | null = null;
    let most = 0;
    for (let i = 0; i < this.sizes.length; i++) {
      const n = this.chars[i];
      const s = this.sizes[i];
      if (n > most || (n === most && size !== null && (tie === 'larger' ? s > size : s < size))) {
        size = s;
        most = n;
      }
    }
    return size;
  }
}
