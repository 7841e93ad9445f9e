import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the thirty-fourth blind set's study (twenty-first session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    "a hex dump's text column and the hex digits that spell the same bytes, a multipart form's field in a HAR's escaped body",
    '00000040: 7365 7276 6963 650d 0a70 7764 3d4b 7137  service..pwd=Kq7\n00000050: 7654 7a32 6d57 780d 0a72 6574 7279 3d33  vTz2mWx..retry=3\n' +
      '"text": "--b\\r\\nContent-Disposition: form-data; name=\\"api_token\\"\\r\\n\\r\\nQblRt3wMS1WIlAo9OjFWsdwG\\r\\n--b--"',
    ['4b 7137', 'Kq7', '7654 7a32 6d57 78', 'vTz2mWx', 'QblRt3wMS1WIlAo9OjFWsdwG'],
  ],
  [
    "files that hold a password alone: a passphrase of words under the file's name, a value after the file's name and a colon; Zimbra's account commands",
    '### /etc/restic/nas.pw\ncopper meadow violet harbor lantern\n`.hive.pw` 内容（cat 出来的）：Qm7v@K2xPz9L\n' +
      '$ zmprov ca ops@mail.example.net Harbor2031! displayName "Ops"\n$ zmprov sp backup@mail.example.net Zq8$vN4pLx',
    ['copper meadow violet harbor lantern', 'Qm7v@K2xPz9L', 'Harbor2031!', 'Zq8$vN4pLx'],
  ],
  [
    "printed objects and settings: Rust's Some( with the value on the next line, XML properties' two strings, POS work keys, a bare PKCS#8 key",
    '    key_password: Some(\n        "Lw3!nR8vKq2z",\n<entry><string>smtp.alert.password</string><string>Falcon8658</string></entry>\n' +
      'signIn workKeys PIK=B1D4174C3D74689BAE073F99A0253BAD PIK_KCV=52D0974F MAK=6BE558E2BB8FF6BB TDK=5DA672818F3C82810EE5782A32813197\n' +
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCSJJJEaoqUom7MZTBET75V3wFZaXUwOqIyzu6fFX+goZjcpqbks3AFQFMFROeSiKMSTsFDf4a7erySlNzX9SHh4NvXqqYqwt4RbqT93lVoIw0EUkTDtqEcTB+',
    [
      'Lw3!nR8vKq2z',
      'Falcon8658',
      'B1D4174C3D74689BAE073F99A0253BAD',
      '6BE558E2BB8FF6BB',
      '5DA672818F3C82810EE5782A32813197',
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCSJJJEaoqUom7MZTBET75V3wFZaXUwOqIyzu6fFX+goZjcpqbks3AFQFMFROeSiKMSTsFDf4a7erySlNzX9SHh4NvXqqYqwt4RbqT93lVoIw0EUkTDtqEcTB+',
    ],
  ],
  [
    'a row named with a remark in brackets, the old one named after a key on its line, an API key of a version with a word after it, Hawaiian, Tongan, Ilocano, Kapampangan and Balinese',
    '| 项目 | 值 | 备注 |\n|---|---|---|\n| APIv2 密钥（老接口还在用） | 6bdAHv1odg7l7TUZLbUz5rtRRZYgPXXZ | 计划下线 |\n' +
      '新的 v3 key 是 QblRt3wMS1WIlAo9OjFWsdwF，老的 Ybus7ldajlAnkJTC8A9I1plUL1GKUiWu 作废了\n  APIv3 key baru: RCeomPe42mUk9GpUB5SYNnygjMgATWCE\n' +
      'Eia ka ʻōlelo huna hou: 9fl-NOMXo7kB@Lvj6B\nGM tool: user tonga_ops, ʻōlelo huna Summer59!\nDaytoy ti baro a password ti FTP account `ilocos_ftp`: At5S0aT61j_bCV\n' +
      'ken ti password-na ket Autumn2025!.\nIni ing bayung password ning cPanel: guangzhou@6051\nNiki password sane anyar anggen SFTP: Lcqd_f8Hd2sQ',
    [
      '6bdAHv1odg7l7TUZLbUz5rtRRZYgPXXZ',
      'QblRt3wMS1WIlAo9OjFWsdwF',
      'Ybus7ldajlAnkJTC8A9I1plUL1GKUiWu',
      'RCeomPe42mUk9GpUB5SYNnygjMgATWCE',
      '9fl-NOMXo7kB@Lvj6B',
      'Summer59!',
      'At5S0aT61j_bCV',
      'Autumn2025!',
      'guangzhou@6051',
      'Lcqd_f8Hd2sQ',
    ],
  ],
  [
    "the attacker's review: what the new exclusions must not hide — a password that starts with @/, passwords that hold the word Password, an obproxy password of 32 hex, a WeChat Pay header with a key in it; and the shapes it found still missed: XStream's map printed over lines, Some( far indented, a PKCS#8 key wrapped at 64 columns",
    'password=@/9Kx.2mQ-vLp\nsmtp_password: "myPasswordIsSecret1"\nobproxy_sys_password=7f3c9a1e5b2d4f6a8c0e1b3d5f7a9c2e\n' +
      'Authorization: WECHATPAY2-SHA256-RSA2048 nonce_str="a",apiv3key="Q7xK9mP2vL8nR4tY6uI1oP5aS0dF3gH7"\n' +
      '<entry>\n  <string>smtp.alert.password</string>\n  <string>Falcon8659</string>\n</entry>\n' +
      `    key_password: Some(\n${' '.repeat(44)}"Mw4!nR8vKq2z",\n` +
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDG\nk3vTz2mWx9Lp4RkQ8Zn3TbYc7Vd1Nf5Gh2Jk6Lm0Pq8Rs4Tu2Vw6Xy0Za4Bc8De\nFg2Hi6Jk0Lm4No8Pq2Rs6Tu0Vw4Xy8Za2Bc6De0Fg4Hi8Jk2Lm6No0Pq4Rs8Tu==' +
      '\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxyzQm7vK2xPz9LwR3nT6yU',
    [
      '@/9Kx.2mQ-vLp',
      'myPasswordIsSecret1',
      '7f3c9a1e5b2d4f6a8c0e1b3d5f7a9c2e',
      'nonce_str="a",apiv3key="Q7xK9mP2vL8nR4tY6uI1oP5aS0dF3gH7"',
      'Falcon8659',
      'Mw4!nR8vKq2z',
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDG\nk3vTz2mWx9Lp4RkQ8Zn3TbYc7Vd1Nf5Gh2Jk6Lm0Pq8Rs4Tu2Vw6Xy0Za4Bc8De\nFg2Hi6Jk0Lm4No8Pq2Rs6Tu0Vw4Xy8Za2Bc6De0Fg4Hi8Jk2Lm6No0Pq4Rs8Tu==',
    ],
  ],
];

const KEPT: KeptCase[] = [
  [
    "what stands where a secret would and is none: Bacula's files named after @, a form's masked value, a directory's attribute names, a key's names after a Chinese label, WeChat Pay's signed request, a CMS's salted digests, a setting named like a file, .htpasswd's hashes",
    '  Password = "@/etc/bacula/secrets/dir.pw"\nusername=gm_ops37&password=%5BREDACTED%5D&captcha=1207\n' +
      '$ zmprov ga ops@mail.example.net zimbraId userPassword zimbraPasswordModifiedTime\n腾讯云 API 密钥：SecretId 见附件\n' +
      'Authorization: WECHATPAY2-SHA256-RSA2048 mchid="1668612922",nonce_str="D5A3JTZEPO82M4A1WKN2Y26JMUWHRHP7",signature="gzFlCnAcphOStUZF1LJ7nKzxZGbg3bvjevkSxEwccQD5kFbQo2ONFQO9",timestamp="1730855000",serial_no="54C0865B"\n' +
      '| uid | password | salt |\n|---|---|---|\n| 1 | 909cf30f9577660b67ec527671db5ed0 | r00kpc |\nmail.password=${sm://projects/1/secrets/mail-password}\n' +
      '# /etc/apache2/.htpasswd\nadmin:$apr1$Qm7vK2xP$Lw3nR8vKq2zZq8vN4pLx0.',
  ],
  [
    "the attacker's review: look-alikes of the new readers — lines under files named for secrets that are SQL, steps, a page, ports, dates, versions and tickets; a .pw site's address; monkey before 老的; a public key after a private one's padding; two dumps apart",
    '-- bouncer reads its list from /etc/pgbouncer/userlist.secret\nselect name from users where active\n## Rotating /etc/ldap.secret\nfirst stop the slapd service\n' +
      'https://shop.example.pw\nstorefront banner carousel widget\nGET https://cdn.sklep.pw/img/logo.png: etag=W/abc123\n# replicas listed in /etc/repl.secret\ndb1.internal:5432\n' +
      '; updated /etc/app.pw\nlast:2024-05-01\n// config read from ./settings.password\nv2.13.1-rc4\n# /opt/app/conf/app.secret\nsee-ticket-48213\n' +
      'monkey test 跑完了，老的 build-20240501-rc3 包可以删了\nmonkey test 跑完了，老的 Build20240501Rc3 包可以删了\ntoken 过期后，旧的 Pod-7f9c8d-x2k4q 会被重建\n' +
      '| 项目 | 值 | 备注 |\n|---|---|---|\n| Client secret (ID) | 7c9e6679-7425-40de-944b-e07fc1f90ae7 | Entra |\n| Token (hash) | 5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 | x |\n\n' +
      '00000000: 5b64 625d 0a75 7365 723d 6170 700a 7061  [db].user=app.pa\n00000010: 7373 776f 7264 3d                        ssword=\n\n' +
      '00000000: 6865 6c6c 6f20 776f 726c 6420 3132 3334  hello world 1234\n',
  ],
];

describeRedactionCases("the thirty-fourth blind set's shapes (issue #14, twenty-first session)", FOUND, KEPT);
