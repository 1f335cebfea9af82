// The part of UTIF.js (CommonJS, no type declarations) that the image reader uses.
declare module 'utif' {
  namespace UTIF {
    /** One image file directory: tags as t<number> arrays, plus what decodeImage adds. */
    interface Ifd {
      [tag: `t${number}`]: number[] | undefined;
      width: number;
      height: number;
      data?: Uint8Array;
    }
    function decode(buffer: ArrayBuffer | Uint8Array): Ifd[];
    function decodeImage(buffer: ArrayBuffer | Uint8Array, ifd: Ifd, ifds?: Ifd[]): void;
    function toRGBA8(ifd: Ifd): Uint8Array;
  }
  export = UTIF;
}
