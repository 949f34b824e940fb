/** {@code bench-sms}: outbound SMS pacing through the Twilio SDK against a fake that enforces an MPS limit. */
package org.tawasul.bench.sms;
