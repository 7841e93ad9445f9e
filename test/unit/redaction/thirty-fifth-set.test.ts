import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the thirty-fifth blind set's study (twenty-second session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    "a chat export's message holding lines written with escapes: labels glued to the escape's n",
    '{"user": "U01", "text": "creds from AssumeRole:\\nAccessKeySecret: Pq7vK2xRt9LmZ4nW8bYc3dFg6hJk1sQa5eUo0iTy\\nSecurityToken: CAISqw8Kd2vN4pLx7Rt9LmZ4nW8bYc3dFg6hJk1sQa5eUo0iTyPq7vK2xR"}\n' +
      '{"MESSAGE": "boot ok\\r\\napi_secret = Zr8!mQ2vLx7Kp4Nw\\r\\nretry=3"}',
    ['Pq7vK2xRt9LmZ4nW8bYc3dFg6hJk1sQa5eUo0iTy', 'CAISqw8Kd2vN4pLx7Rt9LmZ4nW8bYc3dFg6hJk1sQa5eUo0iTyPq7vK2xR', 'Zr8!mQ2vLx7Kp4Nw'],
  ],
  [
    'a login after a sign-in or a back office in Chinese, the user in a code span; digits alone after admin and a spaced slash ending the clause',
    '刷写工具登录：`flash_op` / shenzhen2019，目录下有配置\n- 授权服务器管理后台：`lmgr` / Orchard2021\n' +
      'Please try the factory account first: admin / 58203914 . If it was changed, ask the installer.\nLogin for the NAS: root / 730416. Ya sé que ye flaca',
    ['shenzhen2019', 'Orchard2021', '58203914', '730416'],
  ],
  [
    "a key's word in the Romance languages with their is, a password's word in Ladino and Asturian, Venetian's and Aragonese's xe and ye, a Romance adjective after English's word",
    'A ciave de autenticassion Huawei la xe Hq3vTz8mWx2LpK9nRb7c, me la gà scrita ela.\nFei, a chiavi dâ stampanti (UKEY) è Lm4kh9UxtkRLnIWq, u numeru è supra.\n' +
      'El muchacho me disho ke la yave vieja era Qk7fEsnO8H-lMejRk5UW i ke agora ay una nueva.\n' +
      'La kontrasenya nueva del usuario "rivka" en el ERP es Autumn@2031.\nLa contraseña de la consola pal usuariu RAM `ops` ye Qc.vgXVN-iL1MPd4.\n' +
      'Go cambià la password de la NAS xe Laguna2031.\nMeituan: cuntu `ciuri`, password nova k-20uRh2PpFj. Login: password temporáriu 82k5Y-5WLsPQ .',
    ['Hq3vTz8mWx2LpK9nRb7c', 'Lm4kh9UxtkRLnIWq', 'Qk7fEsnO8H-lMejRk5UW', 'Autumn@2031', 'Qc.vgXVN-iL1MPd4', 'Laguna2031', 'k-20uRh2PpFj', '82k5Y-5WLsPQ'],
  ],
  [
    "passwords in tools' flags: Kerberos' kadmin -w, LSF's egosh -x, SAP's sapgenpse -x; keys named with their encoding, a setting's dotted name ending in a class-like word, Kingdee's AppSec header, PlayReady's key seed, a vehicle terminal's auth code",
    "+ kadmin -p admin/admin -w 72CaH.DhCMDSL7 -q 'ktadd -k /etc/krb5.keytab nfs/cn41'\n[lsfadmin@m01 ~]$ egosh user logon -u Admin -x asd456!@#9\n" +
      'C:\\SAP> sapgenpse get_pse -p SAPSNCS.pse -x BgGQt86706p_ -r esb.csr "CN=ESB"\nmunge_key_b64: "T8q0KBFZkAxHQZFHsQd/ikPI1VAIjDqbjMMeC+i+MMg6cMRGEuvFUl/9X7WTjV07V5dCZMf32so="\n' +
      'app.settings.ClientSecret: Wq5!nT8vKz3mLx9p\n  "X-KDApi-AppSec": "2db6d6e41dc60c6ad6f72eaf5a7ed1ea",\nplayready:\n  key_seed: zd50qr1CHO0qLg7KcmsUqPqB2bNM4c6GQXcEcF/Z\n    test-auth-code: "LS4MX185TPQNJFM8"',
    [
      '72CaH.DhCMDSL7',
      'asd456!@#9',
      'BgGQt86706p_',
      'T8q0KBFZkAxHQZFHsQd/ikPI1VAIjDqbjMMeC+i+MMg6cMRGEuvFUl/9X7WTjV07V5dCZMf32so=',
      'Wq5!nT8vKz3mLx9p',
      '2db6d6e41dc60c6ad6f72eaf5a7ed1ea',
      'zd50qr1CHO0qLg7KcmsUqPqB2bNM4c6GQXcEcF/Z',
      'LS4MX185TPQNJFM8',
    ],
  ],
  [
    "the attacker's review: a password in a chat export's escaped line, the string's closing quote and the fields after it kept; settings named like a logger's class without a log's level; a bare credential after a scheme signed with RSA; a pre-shared key in bytes; a signature's name with a generated value; a credential loaded in JSON",
    '{"level":"info","msg":"creds:\\npassword: Abc123!xyz","user":"bob","ok":true}\n{"text":"creds\\n\\u5bc6\\u7801\\uff1aQw7!nR4vKz2m"}\n' +
      'spring.datasource.Password : P@ssw0rd123\nAuthorization: SHA256withRSA Zr8mQ2vLx7Kp4NwQ9tYbZr8mQ2vLx7KpQ9tYbZr8mQ2vLx7Kp\n' +
      ' wpa-psk hex 4f:a3:9c:12:77:e0:5b:d8:31:6a:0f:c2:88:19:ae:47\n"expected_sign": "Zr8!mQ2vLx7Kp4Nw",\n"loadCredential": "Qk7!nR8vKz3mLx9pWb2c"',
    ['Abc123!xyz', 'Qw7!nR4vKz2m', 'P@ssw0rd123', 'Zr8mQ2vLx7Kp4NwQ9tYbZr8mQ2vLx7KpQ9tYbZr8mQ2vLx7Kp', '4f:a3:9c:12:77:e0:5b:d8:31:6a:0f:c2:88:19:ae:47', 'Zr8!mQ2vLx7Kp4Nw', 'Qk7!nR8vKz3mLx9pWb2c'],
  ],
  [
    "a generated value in a chat in a language no rule has words for, a credential's word on the line before",
    "[08:10] Marta: En o portatil l'OBS me demanda a contrasenya d'o websocket, cuála ye?\n[08:12] Chorche (Uesca): Ye WB0qF0Qr9U9K. A mesma que en o mixer.",
    ['WB0qF0Qr9U9K'],
  ],
];

const KEPT: KeptCase[] = [
  [
    "what stands where a secret would and is none: systemd's credentials loaded from files, a logger's class before a spaced colon, signatures an event carries or a receiver computed, a scheme signed with a private key, a certificate's fingerprint in bytes, LSF's shipped password",
    'LoadCredential=vault_token:/etc/backup-agent/creds/vault_token\nImportCredential=backup.*\n' +
      '2025-06-18 10:02:14.871 DEBUG [ws-3] c.v.csms.ocpp.WsAuth : chargeBoxId=VW-SZ07-0003 basic-auth ok\n' +
      '    "computed_sign": "97ff1cd2060771b5a08326204387d96a08dd0f38",\n      "Event-Sign": "3fa6b508f187d7dc2cf1eb3911943074",\n' +
      'Authorization: LKLAPI-SHA256withRSA appid="OP25503556",serial_no="99652ee65aaa74",timestamp="1750480411",nonce_str="YZkQrtxIq0HN",signature="GcC1KMS4LZeFmAdVEcS47NIqErFPiNX85fI71FWi2A0zJbEhRunsQ=="\n' +
      ';   (certificate list, fingerprints MD5 BF:96:01:A7:8E:CF:80:77:65:CF:DB:25:F5:BC:53:AC)\n$ egosh user logon -u Admin -x Admin',
  ],
  [
    "look-alikes of the new readers: escapes in a Windows path and a string that holds no label, a date after admin and a slash, a count after root, English's adjective before its word, a key word before a name or a number or inside another word, a Romance adjective before a name and a number, a user's name after a back office",
    '"path": "C:\\\\new\\\\nightly\\\\build", "text": "done\\nall 42 jobs passed"\nadmin / 20240501 .\nroot / 100000 files\n' +
      'the password new users get is shown once\nLa clave del servicio es Windows2019\nla chiave è 87288-38970-38681\n管理后台：`lmadmin` / 使用说明\n' +
      'password nova regra exige 12 caracteres\npassword nueva Politica2024 aplicada\nThe clausura of the ticket es Tk8Zq2mLx7vN4pRw1c.',
  ],
  [
    "the attacker's review: a Windows path, Romance keys that are public, data's or a print's, counts and months after root and admin, a back office's menu and page, November after English's word, an application's security setting, a placeholder PIN",
    'password: C:\\temp\\new\\Pw1.txt\nA chave pública é MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n' +
      'Clave de búsqueda: customerOrderHistory2024Q3Index\nA palavra-chave é KubernetesCluster2024Prod\nLa clé GPG est 3AA5C34371567BD2\n' +
      'La chiave di ricerca è idx_customer_2024_q3_orders\nLa clave de caché es 7f9c2ba4e88f827d616045507605853e\n' +
      'Disk quota (KB) for root / 1048576.\nUsers: admin / 202405.\nLast change: root / 1717171717.\n后台菜单：settings / Config2024\n登录页：login.html / Index2023.vue\n' +
      'We rotated the password novembre MacBookPro2023 fleet\nweb_app_sec: enabled-for-prod-2024\nsapgenpse get_pse -p SAPSNCS.pse -x pin -r esb.csr',
  ],
  [
    "look-alikes in a chat in another language: an id after its name, a host, a pool's name and number, a value with no credential's word near it",
    "[08:10] Marta: A contrasenya d'o websocket, cuála ye?\n[08:20] Nane: Mi go messo la URL nova, grassie. Topic XKUo1KmBanAJa7Wvp--xSw\n" +
      '[08:21] Nane: El server Linux iZbp1q193a92bbn3qujaovZ xe ripartio, el HikariPool-12 anca\n\n\n' +
      '[09:00] Chorche: A emisión empecipia a las 10 con a camara Xq7mRt2LpK9nWb4c nueva\n[09:01] Marta: a contrasenya nova?\n' +
      '[09:02] Nane: El server iZbp1q193a92bbn3qujaovZ xe ripartio, el servisio xK7mQ2pLw9-12 xe zo\n[09:03] Tom: the token for the build is in Rq8nTs3MqL0oXc5d folder',
  ],
];

describeRedactionCases("the thirty-fifth blind set's shapes (issue #14, twenty-second session)", FOUND, KEPT);
