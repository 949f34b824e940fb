/** Jobs that run on one node at a time, by a lease in the shared database. */
package org.tawasul.lease;
