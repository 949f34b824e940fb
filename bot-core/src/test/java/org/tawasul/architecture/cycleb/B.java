package org.tawasul.architecture.cycleb;

/** Breaks the package-cycle rule on purpose (with {@code cyclea.A}); see ArchitectureTests. */
public class B {
    org.tawasul.architecture.cyclea.A other;
}
