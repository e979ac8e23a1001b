import { useQueryClient } from '@tanstack/react-query';
import type { TTransactionDetail } from '@vigilo/domain/contracts/transactions.ts';
import { useEffect, useRef, useState } from 'react';
import { transactionKeys } from '../api/keys.ts';
import { type TTransactionAnswers, useSaveTransactionAnswers } from '../api/transactions.ts';

type TValue = TTransactionAnswers[string] | undefined;

/**
 * The answers as typed, saved as a draft after each tick (at once) or typing pause; each save tells which
 * follow-up questions now apply. Only the latest save's questions are kept.
 */
export function useTransactionAnswers(transaction: TTransactionDetail) {
  const save = useSaveTransactionAnswers(transaction.id);
  const client = useQueryClient();
  const [answers, setAnswers] = useState<TTransactionAnswers>(transaction.answers);
  const [questions, setQuestions] = useState(transaction.questions);
  const [isDirty, setDirty] = useState(false);
  const latest = useRef(answers);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const sequence = useRef(0);
  useEffect(() => () => clearTimeout(timer.current), []);
  const flush = async () => {
    clearTimeout(timer.current);
    const mine = ++sequence.current;
    const saved = await save.mutateAsync(latest.current).catch(() => null);
    if (saved && mine === sequence.current) {
      setQuestions(saved.questions);
      setDirty(false);
      client.setQueryData(transactionKeys.detail(transaction.id), (old: TTransactionDetail | undefined) =>
        old ? { ...old, answers: saved.answers, questions: saved.questions } : old,
      );
    }
    return saved !== null;
  };
  const change = (questionId: string, value: TValue, immediate: boolean) => {
    const next = { ...latest.current };
    if (value === undefined) delete next[questionId];
    else next[questionId] = value;
    latest.current = next;
    setAnswers(next);
    setDirty(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), immediate ? 0 : 600);
  };
  return {
    answers,
    questions,
    change,
    flush,
    isDirty,
    isSaving: save.isPending,
    saveError: save.error,
  };
}
