package com.example.api;

import com.example.model.Entity;
import java.util.List;
import java.util.Optional;

/** A generic interface with default and static methods. */
public interface Repository<T extends Entity> {

  Optional<T> findById(String id);

  T save(T entity);

  List<T> all();

  default int count() {
    return all().size();
  }

  default boolean contains(String id) {
    return findById(id).isPresent();
  }

  static String describe(Repository<?> repository) {
    return repository.getClass().getSimpleName() + " with " + repository.count() + " entities";
  }
}
