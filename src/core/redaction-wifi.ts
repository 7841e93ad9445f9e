// A Wi-Fi network's password after the word and the network's name or place, as handover notes and chats list them ("Site
// Wi-Fi (HM-OPS): X", "工作室 Wi-Fi `SHORE-STUDIO`: X", "Wifi de sa stalla (SERRA-STALLA): X", "Wi-Fi iha eskritóriu Caicoli: X").
import type { RedactionSpan } from './redaction';
import { pushIfPassword } from './redaction-assignments';
import { readWord } from './redaction-read-word';
import { DASHED_NAME } from './redaction-value-look-alikes';

// The word, then at most a few words, a name in brackets or backticks, and the colon. (The words are bounded and hold no colon:
// a long line is read once.)
const WIFI_LABEL = /(?<![\w-])(?:wi-?fi|wlan)(?![\w-])(?<between>[^\r\n:：=]{0,48}?)[ \t]*[:：][ \t]*(?=\S)/gi;
// Or a key named on the network's line after its name ("Panel Wi-Fi (back-office): SSID MARLOW-BO   Key: X").
const WIFI_KEY_ON_LINE = /(?<![\w-])(?:wi-?fi|wlan)(?![\w-])[^\r\n]{0,80}?(?<![\w-])(?:key|psk|passphrase|password|pass|密码)[ \t]*[:：=][ \t]*(?=\S)/gi;
// Words that make the label another field of the network or of a device: its name, its hardware, its state, its address.
const ANOTHER_FIELD =
  /\b(?:ssid|name|names|network|networks|module|chip|chipset|adapter|driver|standard|channel|band|signal|rssi|mac|ip|ipv4|ipv6|address|model|version|firmware|fw|router|card|antenna|status|state|mode|security|encryption|auth|type|speed|rate|frequency|country|region|interface|settings?|config|enabled|disabled|calling|hotspot|direct|6e?|7|power|strength|quality|clients?|users?|devices?|count|usage|coverage|range|sensor|scan|test|check|issue|problem|error|log|logs|id)\b|[名称型号频段状态模块芯片信道]/i;

/** Spans of Wi-Fi passwords given after the network's name or place and a colon. */
export function findWifiPasswords(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  // The word after a label, without a sentence's mark after it, when it has a password's shape.
  // (The network's name may come first, then a slash and the password: "客人 Wi-Fi 密码贴在船舱里：HX-Ferry-Guest / X".)
  const pushValueAfter = (label: RegExpMatchArray) => {
    let range = readWord(text, (label.index ?? 0) + label[0].length);
    const slash = range ? /^[ \t]*\/[ \t]*/.exec(text.slice(range.end, range.end + 8)) : null;
    if (range && slash && DASHED_NAME.test(text.slice(range.start, range.end))) range = readWord(text, range.end + slash[0].length);
    const value = range ? text.slice(range.start, range.end).replace(/[.,;。，；]$/, '') : '';
    if (range && isWifiPassword(value)) pushIfPassword(spans, text, range.start, range.start + value.length);
  };
  for (const match of text.matchAll(WIFI_KEY_ON_LINE)) pushValueAfter(match);
  for (const match of text.matchAll(WIFI_LABEL)) {
    if (!ANOTHER_FIELD.test((match.groups?.between ?? '').replace(/`[^`]*`|\([^)]*\)|（[^）]*）/g, ' '))) pushValueAfter(match);
  }
  return spans;
}

/**
 * A password shape: letters with digits, a lower-case letter among them (a model or a standard is capitals and digits:
 * `ESP32`, `AX200`), no version's dot; or eight digits or more (WPA's least). Not a network's name, words joined by dashes
 * (`ChinaNet-5G-8F21`, `Magazijn-2G`), nor its security (`WPA2-Enterprise`).
 */
function isWifiPassword(value: string): boolean {
  if (value.length < 8 && !/[^\w]/.test(value)) return false;
  if (/\d\.\d|^https?:|^\d{1,3}(?:\.\d{1,3}){3}|^(?:[0-9a-f]{2}[:-]){2}|^WPA/i.test(value)) return false;
  if (DASHED_NAME.test(value)) return false;
  return (/[a-z]/.test(value) && /\d/.test(value)) || /^\d{8,63}$/.test(value);
}
