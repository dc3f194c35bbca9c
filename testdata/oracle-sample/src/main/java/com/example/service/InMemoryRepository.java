package com.example.service;

import com.example.api.Repository;
import com.example.model.Entity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A generic implementation of a generic interface. */
public class InMemoryRepository<T extends Entity> implements Repository<T> {

  private final Map<String, T> byId = new LinkedHashMap<>();

  @Override
  public Optional<T> findById(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public T save(T entity) {
    byId.put(entity.id(), entity);
    return entity;
  }

  @Override
  public List<T> all() {
    return new ArrayList<>(byId.values());
  }

  public void clear() {
    this.byId.clear();
  }
}
