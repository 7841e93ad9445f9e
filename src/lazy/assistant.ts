/** The assistant bundle: the language model tools (issue #21). */
export { createAssistantTools } from '../languageModelTools/assistantTools';
