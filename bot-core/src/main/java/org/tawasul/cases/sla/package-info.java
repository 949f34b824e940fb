/**
 * The service-level deadline: Saudi working days (Sunday to Thursday, without official holidays computed
 * from rules for any year) and the deadline written with its Hijri and Gregorian dates.
 */
package org.tawasul.cases.sla;
