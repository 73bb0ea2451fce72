// xml2js' parser alone (its main module also loads the builder, xmlbuilder, which the SDK does not
// use and which costs most of xml2js' load time); @types/xml2js types the package's main only.
declare module 'xml2js/lib/parser.js' {
  import type { Parser } from 'xml2js';

  const parser: { Parser: typeof Parser };
  export default parser;
}
