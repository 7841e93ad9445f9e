// Units that, repeated into a 1 MB line, would make a backtracking or quadratic detector take minutes:
// one per detector family (the first fourteen since issue #14's first round, the rest for the rules of its
// second round). Shared by the rule tests and `npm run bench`.
export const ADVERSARIAL_UNITS: readonly string[] = [
  'password=', 'key: ', 'Authorization: Bearer ', 'Cookie: a=b; ', '-----BEGIN RSA PRIVATE KEY-----', 'eyJabcdefgh.', 'xoxb-1-', 'AKIA',
  'a.', 'mysql -pX ', 'a:b@tcp(', '密码：', '"', 'LS0tLS1CRUdJTi',
  '.auth("a", ', 'user a on >', 'cat x\n', 'tokens {\n a = "b"\n', '${A:-', '["--password", "', 'chpasswd:\nlist: |\n',
  'proxy_set_header X-Api-Key ', '##vso[task.setvariable variable=a;issecret=true]', 'cn-north-1@', '0123456789abcdef',
  'password for the a b c d ', 'PS C:\\a> setx A b\n', 'new PDO("a", ', '\\\\\\"password\\\\\\":\\\\\\"', 'x || "',
  'name: a\nvalue: b\n', '["A"]=> string(1) "', 'Authorization: OBS ', 'login with a / ', '密码改成了',
  '$ token ', '$ a\n', 'PASSWORD a = ', 'password\nNew value: ', '<aPassword><Value>', 'IDENTIFIED BY a ', '密码发你了：', 'admin / ',
  'cat /a/token\n', '用户名/密码：a/',
];
/** How many of the units were there before issue #14's second round (the bench compares those apart). */
export const FIRST_ROUND_UNITS = 14;
