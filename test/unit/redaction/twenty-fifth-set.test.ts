import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the twenty-fifth blind set's study (eighteenth session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    'the word for a password with "is" in Catalan, Bulgarian, Serbian (both scripts), Lithuanian, Latvian, Estonian and Slovak',
    'La contrasenya del Jenkins és pomes#812 (usuari ci).\nПаролата за рутера е kiselo#55, потребител admin.\nлозинка за FTP је Dunav2031, корисник ftp.\n' +
      'Lozinka za bazu je Sava@7741.\nSlaptažodis prie VPN yra Neris2033.\nParole serverim ir gauja41, lietotājs root.\nAndmebaasi parool on tamme77, kasutaja on etl.\n' +
      'heslo k proxy je tatry2029, používateľ squid.',
    ['pomes#812', 'kiselo#55', 'Dunav2031', 'Sava@7741', 'Neris2033', 'gauja41', 'tamme77', 'tatry2029'],
  ],
  [
    'the word with its colon in Khmer, Mongolian, Kazakh, Georgian, Armenian and Amharic (their own colons too)',
    'ពាក្យសម្ងាត់ VPN៖ Angkor7714\nРедисийн нууц үг: Tuul2028!\nСервер құпия сөзі: Esil@4410\nბაზის პაროლი: Mtkvari_61\nՇտեմարանի գաղտնաբառը՝ Hrazdan83\nየራውተሩ የይለፍ ቃል፦ tej552',
    ['Angkor7714', 'Tuul2028!', 'Esil@4410', 'Mtkvari_61', 'Hrazdan83', 'tej552'],
  ],
  [
    'Tamil, Telugu, Marathi and Nepali: the word before the value, the value before the verb, a user named after it',
    'புதிய கடவுச்சொல் Madurai2031, பயனர் பெயர் admin.\nFTP రహస్య పదం Krishna@58 కదా?\nबॅकअप सर्व्हरचा पासवर्ड Nashik2032 आहे.\nनयाँ पासवर्ड pokhara71 हो।',
    ['Madurai2031', 'Krishna@58', 'Nashik2032', 'pokhara71'],
  ],
  ['Cantonese asking whether the password still is a value (係咪, 仲係咪)', '個 Redis 密碼係咪 shatin2031？\nVPN 密碼改咗未？仲係咪 taikoo1988？', ['shatin2031', 'taikoo1988']],
  [
    'a token named in a sentence of any language, its value a few words on',
    'a token za GitLab API je 6e1f0a9b3c7d2e8f4a5b6c7d8e9f0a1b2c\nGitLab டோக்கன் 9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f — மாற்றவும்\nCI 條 token 我貼埋俾你：0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b',
    ['6e1f0a9b3c7d2e8f4a5b6c7d8e9f0a1b2c', '9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f', '0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b'],
  ],
  [
    "mail and Redis logins as a capture shows them: SMTP's answer to Password:, IMAP LOGIN, Redis's AUTH with one line per element",
    'AUTH LOGIN\n334 VXNlcm5hbWU6\nbWFpbGVy\n334 UGFzc3dvcmQ6\nd2ludGVyMjAyOQ==\n235 2.7.0 Authentication successful\n' +
      'a7 LOGIN backup-bot "Tq9.vLm-2Kx7"\n*3\n$4\nAUTH\n$6\nworker\n$18\nRb7Kq2Lm9Xv4Wn8Tz3\n+OK',
    ['d2ludGVyMjAyOQ==', 'Tq9.vLm-2Kx7', 'Rb7Kq2Lm9Xv4Wn8Tz3'],
  ],
  [
    "a process's environment as Python prints its bytes, HTCondor's stored credential, a DingTalk secret after a string's escaped line break",
    "b'HOME=/root\\x00DB_PASSWORD=Qm4.Zt8_Lp2vN\\x00LANG=C\\x00'\ncondor_store_cred add -c -p Hq7vZt2Lm9Xk\n" +
      'sign_input="1747011667123\\nSEC0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"',
    ['Qm4.Zt8_Lp2vN', 'Hq7vZt2Lm9Xk', 'SEC0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0'],
  ],
  [
    'a weak password in quotes at an IMAP LOGIN, a token named once before other generated words of the clause',
    'a8 LOGIN ops "winter2029"\nCI token Zx9Qm2Lk7Vb4Np8Rt6Wy3Hs5Tc1 for build B7kq2Lm9Xv4Wn8Tz3Hs5Yb2Qp1\nthe token of the deploy runner in project alpha: Qm2Lk7Vb4Np8Rt6Wy3Hs5Tc1Zx9Ab7Cd',
    ['winter2029', 'Zx9Qm2Lk7Vb4Np8Rt6Wy3Hs5Tc1', 'Qm2Lk7Vb4Np8Rt6Wy3Hs5Tc1Zx9Ab7Cd'],
  ],
  [
    "an attacker's review: SMTP's XOAUTH2 blob, IMAP in lower case or after a client's prefix, SMTP's answer after a log's prefix, Redis's auth in lower case, Macedonian, a settings string that is no connection string",
    'AUTH XOAUTH2 dXNlcj1vcHNAZXhhbXBsZS5uZXQBYXV0aD1CZWFyZXIgeWEyOS5Ycjd2TG0ya1p4OVdxNAEB\na1 login alice "Tq9.vLm-2Kx7"\nC: a2 LOGIN bob "Zr8.wKn-3Ly6"\n' +
      'S: 334 UGFzc3dvcmQ6\nC: d2ludGVyMjAyOQ==\n*2\r\n$4\r\nauth\r\n$18\r\nRb7Kq2Lm9Xv4Wn8Tz3\n<password>enc=aes;key=Tq9vLm2Kx7Zz;</password>\nЛозинката за серверот е Vardar2031.',
    ['dXNlcj1vcHNAZXhhbXBsZS5uZXQBYXV0aD1CZWFyZXIgeWEyOS5Ycjd2TG0ya1p4OVdxNAEB', 'Tq9.vLm-2Kx7', 'Zr8.wKn-3Ly6', 'd2ludGVyMjAyOQ==', 'Rb7Kq2Lm9Xv4Wn8Tz3', 'enc=aes;key=Tq9vLm2Kx7Zz;', 'Vardar2031'],
  ],
  [
    'a token after its "is" or colon a few words on, whole though it has a dot; an SMTP answer with blanks after it',
    'token za GitLab API na produkcijskom serveru je Xk9Lm2Qp7Rt4Vw8Zy3Ab6Cd1Ef5Gh0JkMnPqRsTu\ntoken je Wk9Lm2Qp7Rt4Vw8Zy3Ab6Cd1Ef5Gh0.JkMnPqRsTu.\n' +
      '334 UGFzc3dvcmQ6\nc2VjcmV0UGFzczk5    \n235 ok',
    ['Xk9Lm2Qp7Rt4Vw8Zy3Ab6Cd1Ef5Gh0JkMnPqRsTu', 'Wk9Lm2Qp7Rt4Vw8Zy3Ab6Cd1Ef5Gh0.JkMnPqRsTu', 'c2VjcmV0UGFzczk5'],
  ],
];

const KEPT: KeptCase[] = [
  [
    "an attacker's review: ids, names and models after 'token', compounds after a dash, Hungarian 'and', Hindi sentences that end in है, Cantonese questions about products",
    'Token refresh failed in pod auth-proxy-6c9f7b8d4-qx2lm, retrying\nthe USDC token contract 0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48 on mainnet\n' +
      "SyntaxError: Unexpected token 'initializeOAuth2ClientCredentials'\nCache token 5d41402abc4b2a76b9719d911017c592aa expired\nthe token event 01HF8X3Q2J9ZKQW8V6M4T5R7YB was logged\n" +
      'token usage for model gpt-4o-2024-08-06-finetuned-abc123: 1532\nthe token bucket size is 500, see runbook RB-2024-token-limits-v2x\n' +
      'Parole ir 8-zīmju gara un jāmaina ik pēc 90 dienām.\nLozinka za VPN je 8-članska.\nПаролата е sha256-хеширана.\nLozinka je ISO27001 uskladjena.\nLozinka je x86_64 build specifična.\n' +
      'A felhasználónév, jelszó és OTP123 kód kell.\nपासवर्ड सर्वर का होस्टनेम AuthSrv01 है\nपासवर्ड रीसेट करने वाले यूज़र का ईमेल ravi.k2@corp.in है\nपासवर्ड मैनेजर Bitwarden2 है\n' +
      '個密碼係咪 PostgreSQL 嗰個？\n密碼係咪 Office365 嗰個？\n密碼仲係咪 Office365 嗰個？',
  ],
  [
    "an attacker's review: IMAP-like lines that log no password, SMTP commands after the prompt, a price list with AUTH, a mask",
    '1712345678 LOGIN jdoe "203.0.113.7"\n10.0.0.5 LOGIN alice "Mozilla/5.0 (X11)"\n42 LOGIN bob "success"\nA001 LOGIN "alice" "****"\n334 UGFzc3dvcmQ6\nRSET\n' +
      'Features:\nSSO\nAUTH\n$49\nper seat monthly',
  ],
  [
    "a mutation review's look-alikes: English parole, a product or host before a user, a policy's version before Hindi's verb, a key id, a tenant, IMAP's syntax, a Windows path, a compound",
    'His parole officer is Smith2024 on Mondays.\nwachtwoord Windows10, gebruiker admin\nHet wachtwoord van Exchange2019, gebruiker beheer, is verlopen\nhet wachtwoord van Fileserver01, gebruiker beheer, is verlopen\n' +
      'पासवर्ड नीति version2 है\nJWT token header kid=Kq7Zm2Lx9Vb4Np8Rt6Wy3Hs5Tc1\ntoken for tenant t5Kq2Lm9Xv4Wn8Tz\na001 LOGIN username password\n' +
      'dir "D:\\\\data\\\\nSECe4fa857aa24a69a106ce4576460fd1b22d456f18a06f870a2e85153a6564083c"\nЧекпарола: Xq7vLm2k9',
  ],
  [
    "words that are these languages' words for a password elsewhere, and 'is' words of one language after another's word",
    "La parole est à Martin2 pour la démo\nla parola chiave è Python3\nParole: viens demain\nkalba on ilus, parool on pikk\nLa contrasenya es Windows10 segons l'article\n" +
      'паролата е сменена вчера',
  ],
  [
    'tokens that are ids, hashes, lookups, device addresses or part of a path',
    'the token request id 3f2a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d was rejected\n$ vault token lookup -accessor uPMul2HSr324GQ6ftW3r35AG\n' +
      'APNs device token d32a73b10f4deed72ea6ea77c716125f1de1732a37b44185eefe537c8a\nGET https://api.example.net/v1/oauth2/token 3f2a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d 200\n' +
      'token_sha256=d8c2a20d0d41f1e9b7a6c5d4e3f2a1b0c9d8e7f6\n{"names":["token","setToken"],"mappings":"Wq7Lp2Zx9Kv4Mn8Rt6Yb3Hs5Tc1Qa;AAAA,SAASA"}',
  ],
  [
    "SMTP's mechanism names, a connection string under a password's name without a password, a password manager's name ending a sentence",
    '250-AUTH PLAIN LOGIN\nAUTH LOGIN\nAUTH CRAM-MD5\n' +
      '<RegisteredServers:ConnectionStringWithEncryptedPassword type="string">server=db01.example.local,1433;integrated security=true;pooling=false;encrypt=true</RegisteredServers:ConnectionStringWithEncryptedPassword>\n' +
      'values live in the OS keychain / 1Password.',
  ],
];

describeRedactionCases("the twenty-fifth blind set's shapes (issue #14, eighteenth session)", FOUND, KEPT);
