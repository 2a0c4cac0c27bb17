package dev.ringzero.bench;

import dev.ringzero.ebpf.program.Engine;

import dev.ringzero.ebpf.helpers.StandardHelpers;
import dev.ringzero.ebpf.program.ContextBuilder;
import dev.ringzero.ebpf.program.ContextInput;
import dev.ringzero.ebpf.program.LoadedObject;
import dev.ringzero.ebpf.program.LoadedProgram;
import dev.ringzero.ebpf.program.ObjectLinker;
import dev.ringzero.ebpf.vm.ExecutionContext;
import dev.ringzero.ebpf.vm.Memory;
import dev.ringzero.ebpf.vm.ProgramEngine;

/**
 * A program of a packaged object, linked to fresh maps, with its context laid out once: what a map
 * benchmark runs again and again, as {@code bpftool prog run … repeat N} does.
 */
final class LinkedRun {

    final ProgramEngine program;
    final ExecutionContext ctx;
    final long context;

    LinkedRun(String resource, String programName, ContextInput input, Engine engine) {
        LoadedObject object = ObjectLinker.link(BenchObjects.load(resource));
        LoadedProgram linked = object.program(programName)
                .orElseThrow(() -> new IllegalStateException(resource + " has no program " + programName));
        program = engine.prepare(linked.code());
        Memory memory = new Memory();
        context = ContextBuilder.build(memory, linked.requireType().context(), input).address();
        ctx = ExecutionContext.builder(memory).helpers(StandardHelpers.forPlatform(object.platform()))
                .maps(object.bindings()).build();
    }

    long run() {
        return program.run(ctx, context).r0();
    }
}
