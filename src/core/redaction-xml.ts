// Secrets named by XML: an element (`<password>…</password>`, attributes allowed), a name and a value in
// attributes or elements (`<add key="…" value="…"/>`, Hadoop `<name>…</name><value>…</value>`), a wrapped
// value (`<AdministratorPassword><Value>…</Value>`) and property lists (`<key>…</key><string>…</string>`).
import type { RedactionSpan } from './redaction';
import { pushIfSecret } from './redaction-assignments';
import { classifyKey } from './redaction-keys';
import type { RedactionProfile } from './redaction-profile';

// The text may be wrapped in CDATA (`<password><![CDATA[…]]></password>`).
// The element may carry attributes (FileZilla `<Pass encoding="base64">…</Pass>`) and a namespace prefix
// (WS-Security `<wsse:Password>…</wsse:Password>`).
const XML_ELEMENT =
  /<((?:[A-Za-z][\w.-]*:)?[A-Za-z\u4e00-\u9fff][\w.\u4e00-\u9fff-]*)((?:[ \t]+[\w:.-]+=(?:"[^"\r\n]*"|'[^'\r\n]*'))*)[ \t]*>(<!\[CDATA\[)?([^<\]\r\n]+|(?<=\[)[^<\r\n]+?)(?:\]\]>)?<\/\1[ \t]*>/dg;

// A property list: `<key>Name</key>` then `<string>value</string>` (or `<data>`, base64: a VPN profile's `SharedSecret`), on one line or
// the next (iOS and macOS).
// (Java's XML properties and XStream maps write an entry's name and value as two strings: `<entry><string>smtp.password</string>
// <string>…</string></entry>`.)
const STRING_PAIR = /<entry>[ \t]*(?:\r?\n[ \t]*)?<string>([^<\r\n]{1,200})<\/string>[ \t]*(?:\r?\n[ \t]*)?<string>([^<\r\n]{1,2048})<\/string>/dg;
const PLIST_PAIR = /<key>[ \t]*([^<\r\n]{1,200}?)[ \t]*<\/key>[ \t]*(?:\r?\n[ \t]*)?<(string|data)>([^<\r\n]{1,2048})<\/\2>/dg;

// A name in an attribute and the value in another (.NET `<add key="SmtpPassword" value="…"/>`,
// Spring `<property name="password" value="…"/>`) or in the element (`<entry key="api.token">…</entry>`).
// Attributes may carry a namespace (Android `<meta-data android:name="…" android:value="…"/>`).
// Other attributes may stand around the two (`<input type="password" name="password" id="pw" value="…">`).
const XML_NAMED_VALUE =
  /<[A-Za-z][\w.:-]*(?:[ \t]+[\w:-]+=(?:"[^"\r\n<>]*"|'[^'\r\n<>]*'))*?[ \t]+(?:[\w-]+:)?(?:key|name|variableName)=(["'])([^"'\r\n<>]+)\1(?:[ \t]+(?!(?:[\w-]+:)?value=)[\w:-]+=(?:"[^"\r\n<>]*"|'[^'\r\n<>]*')){0,4}[ \t]+(?:[\w-]+:)?value=(["'])([^"'\r\n]*)\3/dg;

// (Other attributes may come first: DBeaver's `<value type="string" key="password">…</value>`. Mule names a variable
// `variableName` and may wrap its value in CDATA: `<set-variable variableName="…"><![CDATA[…]]></set-variable>`, or
// give it as an attribute, `value="…"`, as XML_NAMED_VALUE reads.)
const XML_NAMED_ELEMENT =
  /<([A-Za-z][\w.:-]*)(?:[ \t]+(?!key=|name=)[\w:-]+=(?:"[^"\r\n<>]*"|'[^'\r\n<>]*')){0,4}[ \t]+(?:key|name|variableName)=(["'])([^"'\r\n<>]+)\2[ \t]*>(?:<!\[CDATA\[(?=[^<\r\n]*\]\]>))?([^<\]\r\n]+)(?:\]\]>)?<\/\1>/dg;
// A named element whose value is its child (Spring's `<property name="…">` or `<entry key="…">` then `<value>…</value>`,
// maybe typed or in CDATA), on the same line or the next.
const XML_NAMED_CHILD_VALUE =
  /<[A-Za-z][\w.:-]*(?:[ \t]+(?!name=|key=)[\w:-]+=(?:"[^"\r\n<>]*"|'[^'\r\n<>]*')){0,4}[ \t]+(?:name|key)=(["'])([^"'\r\n<>]+)\1[ \t]*>[ \t]*(?:\r?\n[ \t]*)?<(?:[\w-]+:)?value(?:[ \t]+[\w:-]+=(?:"[^"\r\n<>]*"|'[^'\r\n<>]*')){0,3}[ \t]*>(?:<!\[CDATA\[)?([^<\]\r\n]+)(?:\]\]>)?<\/(?:[\w-]+:)?value>/dg;

// Syslog's structured data (RFC 5424) writes parameters as attributes: `[cfg@32473 key="snmp.community" value="…"]`.
const SYSLOG_NAMED_VALUE = /\[[^\]\s"]{1,64}(?:[ \t]+[\w.-]{1,32}="[^"\r\n]{0,256}"){0,8}?[ \t]+(?:key|name)="([^"\r\n]{1,128})"[ \t]+value="((?:[^"\\\r\n]|\\.){0,2048})"/dg;

// A name element followed by a value element, on one line or the next (Hadoop `*-site.xml`
// `<property><name>fs.oss.accessKeySecret</name><value>…</value>`, exported `<parameter>` lists; KeePass's XML export,
// `<String><Key>Password</Key><Value ProtectInMemory="True">…</Value>`, names it a key and may give the value attributes; a
// Jenkins job's string parameter gives a description, then its `<defaultValue>`).
const XML_NAME_THEN_VALUE =
  /<(?:name|key)>[ \t]*([^<\r\n]{1,200}?)[ \t]*<\/(?:name|key)>[ \t]*(?:\r?\n[ \t]*)?(?:<description>[^<\r\n]{0,400}<\/description>[ \t]*(?:\r?\n[ \t]*)?(?=<defaultValue>))?<(?:default)?value(?:[ \t][^<>\r\n]{0,200})?>([^<\r\n]{1,2048})<\/(?:default)?value>/dgi;

// A value wrapped once more: Windows unattend `<AdministratorPassword><Value>…</Value>`.
const XML_WRAPPED_VALUE = /<([A-Za-z][\w.:-]*)>[ \t]*(?:\r?\n[ \t]*)?<Value>([^<\r\n]+)<\/Value>/dgi;

// SSIS package configurations name the property in a path (`Path="\Package.Connections[FTP].Properties[ServerPassword]"`)
// and give its value in a child, on the same line or the next; a variable's path names the variable before its `[Value]`
// (`\Package.Variables[User::DbPassword].Properties[Value]`).
const SSIS_CONFIGURED_VALUE =
  /<Configuration\b[^<>\r\n]{0,400}?[ \t]Path=["'][^"'\r\n]{0,300}?\[(?:\w{1,32}::(?=\w{1,64}\]\.Properties\[Value\]))?(\w{1,64})\](?:\.Properties\[Value\])?["'][^<>\r\n]{0,200}>[ \t]*(?:\r?\n[ \t]*)?<ConfiguredValue>([^<\r\n]{1,2048})<\/ConfiguredValue>/dg;
// JMeter names a header or a variable in one string property and gives its value in the next (`Header.name`, then
// `Header.value`), or names an argument's element (`<elementProp name="OSS_SK" …>` then `Argument.value`).
const JMETER_NAME_THEN_VALUE = /<stringProp name="(\w{1,32})\.name">([^<\r\n]{1,200})<\/stringProp>[ \t]*(?:\r?\n[ \t]*)?<stringProp name="\1\.value">([^<\r\n]{1,2048})<\/stringProp>/dg;
// (An HTTP sampler's argument puts other properties first: `<boolProp name="HTTPArgument.always_encode">false</boolProp>`.)
const JMETER_NAMED_ARGUMENT =
  /<elementProp name="([^"\r\n<>]{1,200})" elementType="\w{1,64}"[^<>\r\n]{0,200}>[ \t]*(?:\r?\n[ \t]*)?(?:<(?:string|bool|int|long)Prop name="(?!Argument\.value")[\w.]{1,64}">[^<\r\n]{0,200}<\/(?:string|bool|int|long)Prop>[ \t]*(?:\r?\n[ \t]*)?){0,4}<stringProp name="Argument\.value">([^<\r\n]{1,2048})<\/stringProp>/dg;

// A name, a type, then the value in sibling elements named alike, the value maybe given again as the one selected (Nessus
// policies' `<preferenceName>SSH password :</preferenceName>`, `<preferenceType>password</preferenceType>`, then
// `<preferenceValues>…</preferenceValues>` and `<selectedValue>…</selectedValue>`; the offered values may be empty).
const XML_NAME_TYPE_VALUES =
  /<(\w{0,32})Name>([^<\r\n]{1,200})<\/\1Name>[ \t]*(?:\r?\n[ \t]*)?<\1Type>([^<\r\n]{1,40})<\/\1Type>[ \t]*(?:\r?\n[ \t]*)?<\1Values?>([^<\r\n]{0,2048})<\/\1Values?>(?:[ \t]*(?:\r?\n[ \t]*)?<selectedValue>([^<\r\n]{1,2048})<\/selectedValue>)?/dg;

/** Spans of secrets in XML elements and attributes named for them. */
// Settings written `name=value;name=value`, as a connection string is…
const SETTINGS_STRING = /^(?:[A-Za-z][\w .-]{0,40}=[^;\r\n]*;){2,}(?:[A-Za-z][\w .-]{0,40}=[^;\r\n]*)?$/;
// …a connection string's, by the names of its server or its database.
const CONNECTION_FIELD = /(?:^|;)[ \t]*(?:server|data source|host|address|addr|database|initial catalog|integrated security|provider)[ \t]*=/i;

export function findXmlSecrets(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(XML_ELEMENT)) {
    // A digest of the password (WS-Security `Type="…#PasswordDigest"`) is sent with every request and grants nothing;
    // a binary security token of type X.509 is a public certificate.
    if (/PasswordDigest/i.test(match[2]) || (/BinarySecurityToken$/.test(match[1]) && /X509/i.test(match[2]))) continue;
    const keyClass = classifyKey(match[1].slice(match[1].indexOf(':') + 1));
    const [start, end] = match.indices?.[4] ?? [0, 0];
    // A connection string under a password's name (SSMS's `<ConnectionStringWithEncryptedPassword>`) holds its password, if
    // any, in its own field, which the connection strings' rule reads.
    const value = text.slice(start, end);
    if (keyClass && !(SETTINGS_STRING.test(value) && CONNECTION_FIELD.test(value))) pushIfSecret(spans, keyClass, text, start, end, profile);
  }
  for (const [pattern, name, value] of [
    [XML_NAMED_VALUE, 2, 4],
    [XML_NAMED_ELEMENT, 3, 4],
    [XML_NAMED_CHILD_VALUE, 2, 3],
    [SYSLOG_NAMED_VALUE, 1, 2],
    [XML_WRAPPED_VALUE, 1, 2],
    [XML_NAME_THEN_VALUE, 1, 2],
    [PLIST_PAIR, 1, 3],
    [STRING_PAIR, 1, 2],
    [SSIS_CONFIGURED_VALUE, 1, 2],
    [JMETER_NAME_THEN_VALUE, 2, 3],
    [JMETER_NAMED_ARGUMENT, 1, 2],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const keyClass = classifyKey(match[name]);
      const [start, end] = match.indices?.[value] ?? [0, 0];
      if (keyClass) pushIfSecret(spans, keyClass, text, start, end, profile);
    }
  }
  for (const match of text.matchAll(XML_NAME_TYPE_VALUES)) {
    // The type says what the value is: a password, or an entry that its name may call one (an SNMP community).
    const keyClass = /^password$/i.test(match[3]) ? classifyKey('password') : /^entry$/i.test(match[3]) ? classifyKey(match[2]) : undefined;
    if (!keyClass) continue;
    for (const group of [4, 5]) {
      const [start, end] = match.indices?.[group] ?? [0, 0];
      // (A form control's settings under a password type, `MaxLength=64;Mask=*`, describe the field.)
      if (end > start && !/^(?:[A-Za-z]\w*=[^;\s]*;)+[A-Za-z]\w*=/.test(text.slice(start, end))) pushIfSecret(spans, keyClass, text, start, end, profile);
    }
  }
  return spans;
}
