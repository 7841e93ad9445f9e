// How Windows' registry tools and HeidiSQL's settings export print a value: data for redaction-directives.ts.

// `reg query` output: `    NAME    REG_SZ    value`.
export const REGISTRY_VALUE = /^[ \t]+([A-Za-z][\w.-]{0,63})[ \t]+REG_(?:SZ|EXPAND_SZ|MULTI_SZ)[ \t]+([^\r\n]*[^\s])[ \t]*$/dgm;
// A `.reg` export's text or binary value spelled in hex (`"KioskPasswordW"=hex(2):53,00,79,00,…`, REG_EXPAND_SZ and
// REG_MULTI_SZ as UTF-16, REG_BINARY as bytes; regedit wraps long ones with `,\` and an indented next line): the bytes are
// as secret as the text under that name. Numbers (`hex(4)`, `hex(5)`, `hex(b)`: a DWORD or QWORD) are settings.
export const REGISTRY_FILE_HEX = /^"([^"\r\n]{1,128})"=hex(?:\([0-3]\)|\([67]\))?:([0-9a-fA-F]{2}(?:,[0-9a-fA-F]{2}){0,4000}(?:,\\\r?\n[ \t]{1,8}[0-9a-fA-F]{2}(?:,[0-9a-fA-F]{2}){0,40}){0,400})/dgm;
// A DPAPI blob's first bytes: its version (1) and the provider's GUID {df9d8cd0-1501-11d1-8c7a-00c04fc297eb}.
export const DPAPI_BLOB_START = /^01,00,00,00,d0,8c,9d,df,01,15,d1,11,8c,7a,00,c0,4f,c2,97,eb/i;
// HeidiSQL's exported settings: `Servers\<session>\Password<|||>1<|||>…` (a type digit between the markers); its stored
// passwords are only obfuscated, so the value counts under a password's name.
export const HEIDISQL_SETTING = /^[ \t]*Servers\\[^\r\n<]{1,200}\\([A-Za-z][\w]{0,60})<\|\|\|>\d{1,2}<\|\|\|>([^\r\n]{1,1024})$/dgm;
