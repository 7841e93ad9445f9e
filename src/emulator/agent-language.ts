// The simulated engineer writes in the language the customer wrote the ticket in, as a real one does: a
// ticket with Chinese in its title or description gets Chinese answers, any other gets English ones.

const HAN = /[\u3400-\u9fff]/;

/** The language to answer a ticket in, from the customer's own words. */
export function answerLanguage(...customerTexts: readonly (string | undefined)[]): 'zh' | 'en' {
  return customerTexts.some((text) => text !== undefined && HAN.test(text)) ? 'zh' : 'en';
}
