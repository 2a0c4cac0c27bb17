package dev.ringzero.cli;

import dev.ringzero.ebpf.elf.BpfObject;
import dev.ringzero.ebpf.elf.BpfObjectLoader;
import dev.ringzero.ebpf.elf.MalformedElfException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Loads the object files named on a command line, turning every way they can be unusable into one message. */
final class ObjectFiles {

    private ObjectFiles() {}

    static BpfObject load(Path file) {
        try {
            return BpfObjectLoader.load(file);
        } catch (NoSuchFileException e) {
            throw new UnusableInputException(file + ": no such file");
        } catch (IOException e) {
            throw new UnusableInputException(file + ": " + e.getMessage());
        } catch (MalformedElfException e) {
            throw new UnusableInputException(file + ": not a usable BPF object: " + e.getMessage());
        }
    }
}
