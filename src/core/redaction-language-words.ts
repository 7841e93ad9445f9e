// The word for a password in the languages of tickets from abroad, each with its "is": the table the prose rules
// (redaction-other-languages.ts) and the column names (redaction-cjk-names.ts) read. Data only.

// The word for a password in each language, a word of its own, not the start of a compound ("Passwortrichtlinie"), though in
// its inflected forms ("Lösenordet", "hesla", "κωδικό", "jelszava", "Passordet", "salasanani", "паролата", "lozinku"), and
// that language's "is" when a sentence says the password with it. Greek's is κωδικός πρόσβασης, the code of access: κωδικός
// alone is any code, a product's, an error's, an order's.
export interface Language {
  readonly password: string;
  readonly is?: string;
  /** The "is" is another word elsewhere (Finnish "on" is English, Spanish "este" is "this" and "ni" "nor", Catalan "és" is
   * Hungarian "and", Bulgarian "е" is Russian "yes"): it counts only after its own language's word. */
  readonly isElsewhere?: true;
  /** The word is another word elsewhere (Romanian "parola" is Italian's "word", "la parola chiave è Python3"; Latvian "parole"
   * is French "speech"): it names a password only before its own "is". */
  readonly wordElsewhere?: true;
  /** The script writes words without blanks between them (Lao: "ລະຫັດຜ່ານຂອງເຊີບເວີ", the password of the server). */
  readonly unspaced?: true;
}
export const LANGUAGES: readonly Language[] = [
  { password: 'passwort|kennwort', is: 'ist|lautet' },
  { password: 'wachtwoord', is: 'is' },
  { password: 'mot de passe', is: 'est' },
  { password: 'contraseña', is: 'es|ye' },
  { password: 'kontrasenya', is: 'es' },
  { password: 'awal uffir', is: 'd', isElsewhere: true },
  { password: 'lo lus zais', is: 'yog', isElsewhere: true },
  { password: 'ichtacatlahtolli', is: 'ye', isElsewhere: true },
  { password: 'pled-clav', is: 'è', isElsewhere: true },
  { password: 'peraule clâf', is: 'e je', isElsewhere: true },
  { password: 'parolla secreta', is: 'hè', isElsewhere: true },
  { password: 'senha', is: 'é' },
  { password: 'lösenord(?:et)?', is: 'är' },
  { password: 'hesl(?:o|a|em)', is: 'je' },
  { password: 'hasło', is: 'to|jest|je' },
  { password: 'κωδικ(?:ός|ό|ού)[ \\t]+πρόσβασης', is: 'είναι' },
  { password: 'पासवर्ड', is: 'है' },
  { password: '[הושבלמ]?סיסמ[האת]', is: 'היא|הוא' },
  { password: 'mật khẩu', is: 'là' },
  { password: 'kata (?:sandi|laluan)', is: 'adalah|ialah' },
  { password: 'jelsz(?:ó|ava|avát|avam)' },
  { password: 'parol[aă]', is: 'este|easti', isElsewhere: true, wordElsewhere: true },
  { password: 'salasana(?:n|ni|si)?', is: 'on|oon', isElsewhere: true },
  { password: 'adgangskode(?:n)?|kodeord(?:et)?|passord(?:et)?', is: 'er', isElsewhere: true },
  { password: 'nenosiri', is: 'ni', isElsewhere: true },
  { password: 'পাসওয়ার্ড(?:টি)?', is: 'হলো', isElsewhere: true },
  { password: 'contrasenya', is: 'és', isElsewhere: true },
  { password: 'парол(?:а|ата)', is: 'е', isElsewhere: true },
  { password: 'лозинк(?:а|е|у|ата)|lozink[aeu]', is: 'је|je|е', isElsewhere: true },
  { password: 'slaptažod(?:is|žio)', is: 'yra', isElsewhere: true },
  { password: 'parole', is: 'ir', isElsewhere: true, wordElsewhere: true },
  { password: 'parool', is: 'on', isElsewhere: true },
  { password: 'wagwoord', is: 'is' },
  { password: 'lykilorð(?:ið)?', is: 'er', isElsewhere: true },
  { password: 'cyfrinair', is: 'yw|ydy' },
  { password: 'contrasinal', is: 'é' },
  { password: 'geslo', is: 'je' },
  { password: 'fjalëkalim(?:i|in)?', is: 'është' },
  { password: 'ọ̀rọ̀ aṣínà|ọrọ aṣina|oro asina', is: 'ni', isElsewhere: true },
  { password: 'iphasiwedi', is: 'ithi|ngu-|ngu' },
  { password: '(?:erayga|furaha) sirta(?: ah)?', is: 'waa' },
  { password: 'ລະຫັດຜ່ານ', is: 'ແມ່ນ', unspaced: true },
  { password: 'il-password', is: 'hija|huwa', isElsewhere: true },
  { password: "(?:d')?passwuert", is: 'ass', isElsewhere: true },
  { password: 'loyniorð(?:ið)?', is: 'er', isElsewhere: true },
  { password: 'ger-tremen', is: 'eo' },
  { password: 'pasvorto', is: 'estas', isElsewhere: true },
  { password: 'ପାସୱାର୍ଡ', is: 'ହେଉଛି' },
  { password: 'kalmar sirri', is: 'ita ce|shi ne' },
  { password: 'okwuntughe', is: 'bụ' },
  { password: 'igama lokugqitha', is: 'ngu-' },
  { password: 'tenimiafina', is: 'dia', isElsewhere: true },
  { password: 'modpas', is: 'se', isElsewhere: true },
  { password: 'கடவுச்சொல்' },
  { password: 'పాస్‌వర్డ్|రహస్య పదం' },
  { password: 'sandhi(?:ne)?', is: 'yaiku|iku', isElsewhere: true },
  { password: 'kecap (?:konci|sandi)', is: 'nyaéta|nyaeta' },
  { password: 'kupuhipa', is: 'ko', isElsewhere: true },
  { password: 'upu faalilolilo', is: 'o', isElsewhere: true },
  { password: "ijambo ry['’]ibanga", is: 'ni', isElsewhere: true },
  { password: 'pasiwedhi', is: 'ndi|ndeiyi' },
  { password: 'phasewete', is: 'ke', isElsewhere: true },
  { password: 'baatu jàll', is: 'mooy' },
  { password: 'liloba ya (?:kobombama|sekele)', is: 'ezali' },
  { password: 'פּ?אַ?ראָ?ל', is: 'איז' },
  { password: 'wachtwurd', is: 'is' },
  { password: 'lefoko la sephiri', is: 'ke', isElsewhere: true },
  { password: 'mawu achinsinsi', is: 'ndi', isElsewhere: true },
  { password: 'pled-clav', is: 'è' },
  { password: 'senhal', is: 'es', isElsewhere: true },
  { password: 'paswot', is: 'em', isElsewhere: true },
  { password: 'ޕާސްވޯޑ(?:ަކީ|ު)?' },
  { password: "parolla d['’]ordine", is: 'hè' },
  { password: 'hesł(?:o|a)', is: 'je|bě' },
  { password: 'phasiwedi', is: 'i', isElsewhere: true },
  { password: 'phasiwede', is: 'ndi', isElsewhere: true },
  { password: 'bi̍t-bé|bit-be', is: 'sī|si', isElsewhere: true },
  { password: 'mizmaj', is: 'dwg' },
  { password: 'beassansátni', is: 'lea', isElsewhere: true },
  { password: 'fockle follit' },
  { password: 'ger-tremena', is: 'yw' },
  { password: 'чажыт сө(?:с|зү|зүн)' },
  { password: 'ажәамаӡа' },
  { password: 'салава вал(?:о|онть)?' },
  { password: "mot d['’] ?passe", is: "c['’] ?est", isElsewhere: true },
  { password: 'mazgu gha chisisi' },
  { password: "[ʻ‘']?ōlelo huna", is: 'ʻo|o', isElsewhere: true },
  { password: 'lea fufū', is: 'ko', isElsewhere: true },
  { password: 'password-(?:na|ko|mo)', is: 'ket', isElsewhere: true },
  // Crimean Tatar's, Gagauz's, Azerbaijani's, Uzbek's and Karakalpak's word, and its forms ("parolu", "parolı", "paroldi").
  { password: 'parol(?:u|ı|i|ü|um|unu|ını|di)?' },
  // Low German's; Uyghur's in its Arabic script; Kyrgyz's with its possessive ("трекердин сырсөзү", the tracker's password).
  { password: 'passwoord', is: 'is' },
  { password: 'پارول(?:ى)?' },
  { password: 'сырсөз(?:ү|үн)?' },
  // Sardinian's (Logudorese) and its "is"; Hausa's in the possessive ("kalmar sirrin admin", the admin's password).
  { password: 'par[àa]ula segreta', is: 'est', isElsewhere: true },
  { password: 'kalmar sirrin', is: 'ita ce|shi ne' },
  // Rusyn's (Cyrillic), Mirandese's and Sranan Tongo's.
  { password: 'гесл(?:о|а)', is: 'є', isElsewhere: true },
  { password: 'palabra-passe', is: 'ye', isElsewhere: true },
  { password: 'pasword', is: 'na', isElsewhere: true },
  // Aromanian's (the hidden word), Võro's and Tahitian's; Buryat's and Chuvash's (the secret word) and Mapudungun's with its "is".
  { password: 'zborlu ascumtu', is: 'easti', isElsewhere: true },
  { password: 'salasõna', is: "om|oll['’]?", isElsewhere: true },
  { password: 'parau huna', is: 'o', isElsewhere: true },
  { password: 'нюуса үгэ(?:нь)?' },
  { password: 'вăрттăн сăмах(?:ĕ|не)?' },
  { password: 'ellkawün dungu', is: 'ngey', isElsewhere: true },
];

/** Any of these languages' words for a password, whole (a script without blanks between words needs no end). */
export function passwordWordPattern(languages: readonly Language[] = LANGUAGES): string {
  return `(?:${languages.map((language) => (language.unspaced ? language.password : `(?:${language.password})(?![\\p{L}\\p{M}])`)).join('|')})`;
}
