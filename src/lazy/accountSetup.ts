/** The account setup bundle: adding, editing and importing accounts (with the credential importers). */
export { addAccountCommand, editAccountCommand, reenterCredentialsCommand } from '../commands/accountAdd';
export { importAccountsCommand } from '../commands/accountImport';
