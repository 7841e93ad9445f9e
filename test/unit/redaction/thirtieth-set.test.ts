import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the thirtieth blind set's study (nineteenth session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    "commands that set a secret: MinIO's mc admin user add, Databricks' --string-value, virsh's base64 value after the secret's UUID, NetApp's community name",
    "$ mc admin user add lab-minio cctv-reader 1hrp1pxMfoWx5VnGaRMP\n$ databricks secrets put-secret ingest pg-password --string-value 'LY2uNUNDgKk$anH4'\n" +
      'virsh secret-set-value --secret 14578395-1337-4d4b-88f4-b58aa9e4a846 --base64 BQC3Y25l/PE8l92rEAAIMpeR96fv5FvjEoc/XSCI\n' +
      'hq-ontap::> system snmp community add -type ro -community-name DQYfo0E164pp5Okx -vserver hq-ontap',
    ['1hrp1pxMfoWx5VnGaRMP', 'LY2uNUNDgKk$anH4', 'BQC3Y25l/PE8l92rEAAIMpeR96fv5FvjEoc/XSCI', 'DQYfo0E164pp5Okx'],
  ],
  [
    "psql's expanded display, a pass-phrase with an opening brace inside it, Keystone's Fernet token under its expiry, a Proxmox ticket",
    '-[ RECORD 3 ]-----------------\nname          | oss.access_key_secret\ndescription   | ingest\nvalue         | QKpgSDiIxz54H4IGRKU5sXT3DX26pg\n' +
      '  Encryption:  Blowfish 256, "Pass-phrase": GRjb3SF8OL{neK5Y5ufO$ (export pass-phrase to MA: yes)\n' +
      "expires: '2025-03-04T17:22:41+0000'\nid: gAAAAABiVYYI4-I02CturzSCzEPCbX7x9zD9Njq6lIYhBwMxOyMGNxmJZJ7rsMRKLfOIMeE-DHkmEmTkRsDj5DpS8LoCSIy6Pqig4e\n" +
      '  "ticket": "PVE:root@pam:EAEF0341::83ZxhwlMRNvu05whjwwVVcU7F4zl7fS/9ZoTAGYfr0YZD3miU/1mpHIAwCbxX31h5rQ1Q6WXix40LVrR0A3MVUTtXbFYrmfLgVwcoWHFRfEX",',
    [
      'QKpgSDiIxz54H4IGRKU5sXT3DX26pg',
      'GRjb3SF8OL{neK5Y5ufO$',
      'gAAAAABiVYYI4-I02CturzSCzEPCbX7x9zD9Njq6lIYhBwMxOyMGNxmJZJ7rsMRKLfOIMeE-DHkmEmTkRsDj5DpS8LoCSIy6Pqig4e',
      'PVE:root@pam:EAEF0341::83ZxhwlMRNvu05whjwwVVcU7F4zl7fS/9ZoTAGYfr0YZD3miU/1mpHIAwCbxX31h5rQ1Q6WXix40LVrR0A3MVUTtXbFYrmfLgVwcoWHFRfEX',
    ],
  ],
  [
    "a Mailgun key, which looks like a KMS key's id but is hex",
    "curl -s --user 'api:key-757331231c1f87aa359f6e4813411251' https://api.mg-example.net/v3/mg/messages",
    ['key-757331231c1f87aa359f6e4813411251'],
  ],
];

const KEPT: KeptCase[] = [
  [
    "what stands where a secret would and is none: TongWeb's {SM4} ciphertext, an environment pattern, a KMS key's id, a placeholder in angle brackets, a job's last session, a CSRF token, a table's range keys, a secret's UUID name, libvirt's secret UUID, a date's format after -u, a source and a reference as credentials",
    '<bes-datasource jndi-name="jdbc/zw" user="ZW" password="{SM4}rlAf+CruJRPSbfxEaTvYNm8h1CcF9N5JPzPOc+XT6Yg9" encrypted-password="true"/>\n' +
      'tiering-job credentials: source=env:MINIO_TIERING_* target=ram-role:acs:ram::1028355101118431:role/oss-tiering\n' +
      '凭据管家中的版本号（不是密钥），KMS 主密钥 `key-hzzuy7xyzkzbfu2xc2cc13bb`。\n' +
      'veeam Get-VBRJob "FS-Daily" LastResult=Success LastSessionId=94d57f3b-b40e-48b4-a94e-6a5ba4681312\n' +
      '  "CSRFPreventionToken": "0D01F5A5:veebubaiEk1NNTNN0p7oZwXn4MECvYACV1KDw9uZOUL"\n    exclusiveEndKey: "018585e75ce1c4e78d1b4829de365737"\n' +
      'cinder_rbd_secret_uuid: 04578395-1337-4d4b-88f4-b58aa9e4a846\nvirsh secret-get-value --secret 24578395-1337-4d4b-88f4-b58aa9e4a847\n' +
      '  TS=$(date -u +%Y-%m-%dT%H:%M:%SZ)',
  ],
];

describeRedactionCases("the thirtieth blind set's shapes (issue #14, nineteenth session)", FOUND, KEPT);
