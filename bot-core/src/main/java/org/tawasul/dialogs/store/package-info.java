/** The dialogs' ports implemented on the application's storage and services. */
package org.tawasul.dialogs.store;
