/** Channel adapters, one package each; an adapter turns provider events into the neutral model and back. */
package org.tawasul.channels;
