package dev.digest.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.Function;

/**
 * A planning job's task: the spans or shares of one task in, one answer each out, in order, with
 * the session's Hadoop configuration and the read's options carried along.
 *
 * @param <I> what the task is given for each span
 * @param <O> what it answers for each
 */
abstract class PlanningTask<I, O> implements Function<List<I>, List<O>> {
  private static final long serialVersionUID = 1L;

  protected final HadoopConf conf;
  protected final ReadOptions options;

  PlanningTask(HadoopConf conf, ReadOptions options) {
    this.conf = conf;
    this.options = options;
  }

  @Override
  public final List<O> call(List<I> given) throws IOException {
    List<O> answers = new ArrayList<>(given.size());
    for (I one : given) {
      answers.add(answer(one));
    }
    return answers;
  }

  /** The answer for one span or share. */
  abstract O answer(I one) throws IOException;
}
