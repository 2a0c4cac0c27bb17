package dev.ringzero.ebpf.jit.internal;

import dev.ringzero.ebpf.isa.Code;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.constant.ClassDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * Builds and defines the hidden classes of compiled programs. Each is defined in this package with no
 * strong link to its loader, so it is unloaded once its program is unreachable.
 */
public final class HiddenClasses {

    /** Resolves the engine's own classes (for stack maps and verification) as well as the JDK's. */
    public static final ClassFile CLASS_FILE = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
            ClassHierarchyResolver.defaultResolver().orElse(
                    ClassHierarchyResolver.ofClassLoading(HiddenClasses.class.getClassLoader()))));

    private static final ClassDesc NAME = ClassDesc.of(HiddenClasses.class.getPackageName() + ".EbpfProgram");

    private HiddenClasses() {}

    /** The class file for {@code code}; throws IllegalArgumentException when a JVM limit is exceeded. */
    public static byte[] emit(Code code) {
        return ProgramEmitter.emit(CLASS_FILE, NAME, code);
    }

    /** Length of the bytecode of the program's {@code execute} method. */
    public static int bytecodeSize(byte[] classBytes) {
        return CLASS_FILE.parse(classBytes).methods().stream()
                .filter(m -> m.methodName().equalsString(ProgramEmitter.METHOD))
                .flatMap(m -> m.findAttribute(Attributes.code()).stream())
                .mapToInt(CodeAttribute::codeLength)
                .findFirst().orElseThrow();
    }

    /** Checks a class file with the JDK's verifier; returns the problems (none for a good class). */
    public static List<String> verify(byte[] classBytes) {
        try {
            return CLASS_FILE.verify(classBytes).stream().map(Throwable::getMessage).toList();
        } catch (IllegalArgumentException e) { // not parseable as a class file at all
            return List.of(String.valueOf(e.getMessage()));
        }
    }

    /** Defines {@code classBytes} as a hidden class and instantiates it. */
    public static CompiledBody define(byte[] classBytes) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(classBytes, true);
            return (CompiledBody) lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class))
                    .invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot instantiate a compiled program: " + e, e);
        }
    }
}
