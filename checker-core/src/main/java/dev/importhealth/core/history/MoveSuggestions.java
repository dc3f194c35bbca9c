package dev.importhealth.core.history;

import dev.importhealth.core.config.ConfigException;
import dev.importhealth.core.config.Migration;
import dev.importhealth.core.internal.config.ConfigLoader;
import dev.importhealth.core.internal.project.ProjectDiscovery;
import dev.importhealth.core.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code migrations suggest}: the moves of the project's types that git history shows and the
 * {@code migrations:} registry does not record yet.
 *
 * @param projectRoot the project's root directory
 * @param history every move git shows in the repository
 * @param suggested the moves to register: the new file is in one of the project's source roots,
 *     and no registry entry covers the old name
 * @param registered how many moves of the project's types the registry already covers
 */
public record MoveSuggestions(Path projectRoot, GitMoves history, List<Move> suggested, int registered) {

  public MoveSuggestions {
    suggested = List.copyOf(suggested);
  }

  /**
   * @param start a file or directory inside the project
   * @param configFile {@code --config}; empty means {@code import-health.yaml} at the project root
   * @param since only the commits after this revision ({@code since..HEAD})
   */
  public static MoveSuggestions of(Path start, Optional<Path> configFile, Optional<String> since)
      throws IOException, ConfigException, GitHistoryException {
    Project project = ProjectDiscovery.discover(start);
    List<Migration> registry = registry(project, configFile);
    GitMoves history = GitMoves.read(project.root(), since);
    Path realRoot = project.root().toRealPath();
    List<Move> inProject = history.moves().stream().filter(m -> inSources(project, realRoot, history, m)).toList();
    List<Move> suggested = inProject.stream()
        .filter(m -> registry.stream().noneMatch(entry -> entry.movedName(m.from()).isPresent()))
        .toList();
    return new MoveSuggestions(project.root(), history, suggested, inProject.size() - suggested.size());
  }

  /** Whether the move's new file is in one of the project's source roots. */
  private static boolean inSources(Project project, Path realRoot, GitMoves history, Move move) {
    // git names the repository by its real path, the project model by the path it was given
    Path file = history.repositoryRoot().resolve(move.toPath());
    return file.startsWith(realRoot)
        && ProjectDiscovery.locate(project, project.root().resolve(realRoot.relativize(file))).isPresent();
  }

  private static List<Migration> registry(Project project, Optional<Path> configFile) throws ConfigException {
    Path file = configFile.orElse(project.root().resolve("import-health.yaml"));
    if (configFile.isPresent() && !Files.isRegularFile(file)) {
      throw new ConfigException(file, 0, "", "the configuration file does not exist");
    }
    return Files.isRegularFile(file) ? ConfigLoader.read(file).config().migrations() : List.of();
  }
}
