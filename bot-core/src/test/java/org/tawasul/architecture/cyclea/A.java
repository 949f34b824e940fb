package org.tawasul.architecture.cyclea;

/** Breaks the package-cycle rule on purpose (with {@code cycleb.B}); see ArchitectureTests. */
public class A {
    org.tawasul.architecture.cycleb.B other;
}
