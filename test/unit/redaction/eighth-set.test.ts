import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the eighth blind set's study (eighth session). Each case is a way of writing a secret that no
// earlier rule read, with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    'directives in grep output, behind the file name and a line number',
    '/etc/redis/redis.conf:requirepass Zq4!mKp9Lw2x\nconf/sentinel.conf:118:sentinel auth-pass main Hy7#Rt3Lp0q\nconf/sentinel.conf:119:sentinel sentinel-pass Jk5%Wq1Zr7t\n./config/app.yml:  password: Vb6$Nm2Kq8r',
    ['Zq4!mKp9Lw2x', 'Hy7#Rt3Lp0q', 'Jk5%Wq1Zr7t', 'Vb6$Nm2Kq8r'],
  ],
  ['lines quoted in a reply e-mail', '> > db.example.internal:5432:app:app_rw:Tk8vLq2Wm5Zp\n>> requirepass Pq4!Lm9Zx2w\n> DB_PASSWORD=Rf5%Tg7Yh9u', ['Tk8vLq2Wm5Zp', 'Pq4!Lm9Zx2w', 'Rf5%Tg7Yh9u']],
  [
    'names with a version after them',
    'PAY_KEY_V2 = Xb7Lm2Qp9Wz4Rt6Yc1Nv8Hd3Fj5Ks0A\nAPI_SECRET_V3="Ty5Ui8Op2As4Df6Gh9Jk1Lz3Xc7Vb0Nm"',
    ['Xb7Lm2Qp9Wz4Rt6Yc1Nv8Hd3Fj5Ks0A', 'Ty5Ui8Op2As4Df6Gh9Jk1Lz3Xc7Vb0Nm'],
  ],
  [
    "Nacos's server identity value and a kubeconfig client key",
    'nacos.core.auth.server.identity.key=serverIdentity\nnacos.core.auth.server.identity.value=Rk4Zt8Wq2Lm6Vp0Xc3Nb\n    client-key-data: p9XuW2rT6yQz8Ls4Vd1Kb7Nm3Hf5Jg0Ac2Ee4Ri6Ot8Up1Ys3Ia5Ql7Wk9Zj0Xn2Cv4Bm6Ny8Mt0Lp==',
    ['Rk4Zt8Wq2Lm6Vp0Xc3Nb', 'p9XuW2rT6yQz8Ls4Vd1Kb7Nm3Hf5Jg0Ac2Ee4Ri6Ot8Up1Ys3Ia5Ql7Wk9Zj0Xn2Cv4Bm6Ny8Mt0Lp=='],
  ],
  [
    'rows of a key/value CSV export, a UUID among them',
    '"key","value"\n"ir_attachment.location","file"\n"database.secret","3f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"\n"mail.password","Gq7rTz2w"',
    ['3f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f', 'Gq7rTz2w'],
  ],
  [
    'a name and its value in columns aligned with spaces',
    'Module Key   Parameter Name      Parameter Value\noss          accessKeyId         LTAI5tQm3Rz8Wn2Kp7Lx4Vb9\noss          accessKeySecret     Hn3Kq7Zt1Wm5Rp9Lx2Vb6Nc8Jd4Fg0\noss          bucket              erp-exports',
    ['LTAI5tQm3Rz8Wn2Kp7Lx4Vb9', 'Hn3Kq7Zt1Wm5Rp9Lx2Vb6Nc8Jd4Fg0'],
  ],
  [
    'a keystore value printed on the line after the command that shows it',
    '[elastic@es-01 ~]$ bin/elasticsearch-keystore show xpack.security.transport.ssl.keystore.secure_password\nWq3Er8Ty2Ui6Op\n[elastic@es-01 ~]$ bin/elasticsearch-keystore show keystore.seed\nZx5Cv9Bn3Mq7Lp1Kd4\n[elastic@es-01 ~]$ bin/elasticsearch-keystore list',
    ['Wq3Er8Ty2Ui6Op', 'Zx5Cv9Bn3Mq7Lp1Kd4'],
  ],
  [
    'passwords given to hdbuserstore, FNDCPASS and a quoted disql login',
    'hdbuserstore SET BACKUPKEY hana01:30013@SYSTEMDB SYSTEM Kp8#Lm2Qz9\n$ FNDCPASS apps/Tq4-Rw8Zp 0 Y system/Mn6-Bv2Cx USER XXINT Lk3!Jh7Gf\ndisql SYSDBA/\'"Dm5*Qw8Er2"\'@10.1.2.3:5236',
    ['Kp8#Lm2Qz9', 'Tq4-Rw8Zp', 'Mn6-Bv2Cx', 'Lk3!Jh7Gf', 'Dm5*Qw8Er2'],
  ],
  ["RocketMQ's mqadmin secret key, also after sh", 'sh bin/mqadmin updateAclConfig -n 10.0.0.5:9876 -c mq-cluster -a order-consumer -s Wz8Lq3Tn6Rv1Kp9X -t "ORDERS=SUB"', ['Wz8Lq3Tn6Rv1Kp9X']],
  ['an Alibaba Cloud Redis login written instance:password', '格式是 r-bp1q7xk2m9:Autumn-4821\n127.0.0.1:6379> AUTH r-uf6a2b3c4d:Qw8Er4Ty', ['Autumn-4821', 'Qw8Er4Ty']],
  [
    'a secret named in English prose right before it',
    'the bot with signing secret Hq4Lm8Zr2Wt6Yp0X keeps failing the check\nour app secret Pk3Nb7Vc1Xz5Lq9W was rotated\nwebhook with signing secret HQeLmZRWtYpXcNBVkJsD — still failing',
    ['Hq4Lm8Zr2Wt6Yp0X', 'Pk3Nb7Vc1Xz5Lq9W', 'HQeLmZRWtYpXcNBVkJsD'],
  ],
  ['a Huawei Cloud key id quoted in an error message', '"error_msg":"Incorrect IAM authentication information: ak QX7M2K9PL4RT8WZ3NV5B not exist"', ['QX7M2K9PL4RT8WZ3NV5B']],
];

const KEPT: KeptCase[] = [
  [
    "SCRAM keys of a MongoDB user and a database's address without credentials",
    "credentials: { 'SCRAM-SHA-256': { iterationCount: 15000, salt: 'q3Lm8Zr2Wt6Yp0Xk', storedKey: 'Hq4Lm8Zr2Wt6Yp0Xc3Nb7Vk1Js5Df9Gh2Jk4Ls6Qw8Z=', serverKey: 'Pk3Nb7Vc1Xz5Lq9Wm2Rt6Yu0Io4Pa8Sd1Fg5Hj7Kl9X=' } }\n    jdbc_connection_string => \"jdbc:mysql://rm-bp1example.mysql.rds.aliyuncs.com:3306/audit\"",
  ],
  [
    'cells of an account sheet that point to where a secret is kept, and a fingerprint',
    '序号\t云\t用途\t账号\t密码\n4\t华为云\tIAM api-caller\tHPUA************N7Q2\t见 CSMS hw-api-caller\n7\t证书\t*.example.com\t—\tSHA-256 指纹 5d41402abc4b2a76b9719d911017c592a7e8b1f0c3d4e5f60718293a4b5c6d7e\n9\t阿里云\tSLB 证书\t—\t见附件 server.key',
  ],
  ['a template of secret names in backticks', '- 程式请改用 RAM 角色或 KMS 凭据管家，凭据名称格式：`acs/ram/user/<用户名>`'],
  [
    'the signature of a request signed with a dated credential scope',
    'DEBUG Authorization: OSS4-HMAC-SHA256 Credential=LTAI5t****/20261205/cn-hangzhou/oss/aliyun_v4_request,Signature=4c1f8e2a9b7d3c6e5f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a',
  ],
  ['a grep hit of a setting that names a secret file', '/etc/redis/redis.conf:# requirepass foobared\nconfig/app.yml:  password_file: /run/secrets/db'],
];

describeRedactionCases('redaction of secrets written the ways the eighth blind set wrote them (issue #14)', FOUND, KEPT);
