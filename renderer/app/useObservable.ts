import { useEffect, useState } from 'react';
import type { Observable } from 'rxjs';

/** The latest value of an observable, re-rendering on each emission. */
export function useObservable<Value>(observable$: Observable<Value>, initial: Value): Value {
  const [value, setValue] = useState(initial);
  useEffect(() => {
    const subscription = observable$.subscribe(setValue);
    return () => {
      subscription.unsubscribe();
    };
  }, [observable$]);
  return value;
}
